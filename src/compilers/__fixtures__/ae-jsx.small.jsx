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
    0.08333333333333333,
    0.16666666666666666,
    0.25,
    0.3333333333333333,
    0.4166666666666667,
    0.5,
    0.5833333333333334,
    0.6666666666666666,
    0.75,
    0.8333333333333334,
    0.9166666666666666
  ];
  var position = [
    [600, 195, -550],
    [585.8773408309535, 195, -552.8923843738183],
    [541.0226408279123, 195, -559.6215125478894],
    [464.2968240553236, 195, -562.7196551261121],
    [363.02075559344485, 183.24568102909691, -550.8269899850216],
    [255.3144255173111, 146.57626082831376, -519.3623558376241],
    [159.37883654898252, 91.47238195899172, -479.20055797625196],
    [84.99903546422019, 38.40713404470489, -444.7897699162195],
    [38.965873804294404, 5.2659099919737855, -422.57159901221553],
    [24.05436319573937, -4.999999999999943, -414.9952252705886],
    [23.598396702607204, -6.191490580713378, -414.2648378950803],
    [23.603295940364262, -6.075123836435182, -414.814843757001]
  ];
  var orientation = [
    [-1.5622249168423974, -12.303580378360701, -0.33297552980864176],
    [-1.554056359211701, -10.836845429786361, -0.29225187231230587],
    [-1.5353787205916625, -6.220882617156989, -0.16641559705169645],
    [-1.5269294617525455, 1.5979058551247454, 0.04258866073925733],
    [-2.78073847595572, 11.976074006944568, 0.5774460794886646],
    [-6.962399913627914, 23.240038735706385, 2.758721190544049],
    [-13.892954739367486, 33.00380404876398, 7.673098781295091],
    [-21.09582648039148, 39.64324373941872, 13.827491527135962],
    [-25.84998510734774, 43.205947034261676, 18.350514177786533],
    [-27.387691410817997, 44.290362325049344, 19.888674570378857],
    [-27.697815838576272, 44.85668749215048, 20.54068432573006],
    [-28.150842711372057, 44.87403879605022, 20.468339058714797]
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
    563.1385264746145,
    563.1385264746144,
    563.1385264746144,
    563.1385264746144,
    563.7466719205396,
    569.4237742949806,
    588.6254339186428,
    619.1185775383192,
    644.2002051942895,
    652.9413914879568,
    653.1895130880306,
    653.4965686356545
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
