/**
 * The bare R3F baseline for the studio's initial JS+CSS (the "Vite + React + R3F, one box"):
 * React + @react-three/fiber + three at the studio's versions (node_modules), one lit box, nothing else.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Canvas } from '@react-three/fiber'

function App() {
  return (
    <Canvas frameloop="demand" camera={{ position: [3, 2, 4] }}>
      <ambientLight intensity={0.6} />
      <directionalLight position={[3, 5, 2]} />
      <mesh>
        <boxGeometry />
        <meshStandardMaterial color="orange" />
      </mesh>
    </Canvas>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
