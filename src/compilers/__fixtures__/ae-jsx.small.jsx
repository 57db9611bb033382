// Framewright camera for Adobe After Effects (ExtendScript). Run it with File > Scripts > Run Script File...
// It makes a 960 x 720 px comp at 12 fps, 12 frames long, with a camera keyed on every frame.
// Axes: AE is x right, y down, z away from the viewer (pixels); the design is y up, z towards the viewer (metres):
// x_ae = W/2 + S*x, y_ae = H/2 - S*y, z_ae = -S*z with S px per metre; the world origin (the subject) is the comp centre at depth 0.
// Orientation is the camera rotation in AE axes as X, Y, Z degrees (R = Rx * Ry * Rz); auto-orient is off.
// Zoom = focal length * W / gate width (px), for a 32 x 24 mm gate; set Film Size to 32 mm in Camera Settings to read the focal length in mm.
(function framewrightCamera() {
  var W = 960, H = 720, FPS = 12, FRAMES = 12, S = 100;
  var GATE_MM = [32, 24];
  var times = [
    0,
    0.083333333,
    0.166666667,
    0.25,
    0.333333333,
    0.416666667,
    0.5,
    0.583333333,
    0.666666667,
    0.75,
    0.833333333,
    0.916666667
  ];
  var position = [
    [600, 195, -550],
    [585.877340831, 195, -552.892384374],
    [541.022640828, 195, -559.621512548],
    [464.296824055, 195, -562.719655126],
    [363.020755593, 183.245681029, -550.826989985],
    [255.314425517, 146.576260828, -519.362355838],
    [159.378836549, 91.472381959, -479.200557976],
    [84.999035464, 38.407134045, -444.789769916],
    [38.965873804, 5.265909992, -422.571599012],
    [24.054363196, -5, -414.995225271],
    [23.598396703, -6.191490581, -414.264837895],
    [23.60329594, -6.075123836, -414.814843757]
  ];
  var orientation = [
    [-1.562224917, -12.303580378, -0.33297553],
    [-1.554056359, -10.83684543, -0.292251872],
    [-1.535378721, -6.220882617, -0.166415597],
    [-1.526929462, 1.597905855, 0.042588661],
    [-2.780738476, 11.976074007, 0.577446079],
    [-6.962399914, 23.240038736, 2.758721191],
    [-13.892954739, 33.003804049, 7.673098781],
    [-21.09582648, 39.643243739, 13.827491527],
    [-25.849985107, 43.205947034, 18.350514178],
    [-27.387691411, 44.290362325, 19.88867457],
    [-27.697815839, 44.856687492, 20.540684326],
    [-28.150842711, 44.874038796, 20.468339059]
  ];
  var zoom = [
    1050,
    1050,
    1050,
    1050,
    1050,
    1050,
    1050,
    1050,
    1050,
    1050,
    1050,
    1050
  ];
  var focusDistance = [
    563.138526475,
    563.138526475,
    563.138526475,
    563.138526475,
    563.746671921,
    569.423774295,
    588.625433919,
    619.118577538,
    644.200205194,
    652.941391488,
    653.189513088,
    653.496568636
  ];
  app.beginUndoGroup("Framewright camera");
  var comp = app.project.items.addComp("Shot 1", W, H, 1, FRAMES / FPS, FPS);
  var camera = comp.layers.addCamera("Framewright camera", [W / 2, H / 2]);
  camera.autoOrient = AutoOrientType.NO_AUTO_ORIENT;
  var transform = camera.property("ADBE Transform Group");
  transform.property("ADBE Position").setValuesAtTimes(times, position);
  transform.property("ADBE Orientation").setValuesAtTimes(times, orientation);
  var options = camera.property("ADBE Camera Options Group");
  options.property("ADBE Camera Zoom").setValuesAtTimes(times, zoom);
  options.property("ADBE Camera Focus Distance").setValuesAtTimes(times, focusDistance);
  comp.openInViewer();
  app.endUndoGroup();
})();
