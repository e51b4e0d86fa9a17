import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  parseJson
} from "./chunk-PCZ6GZKH.js";
import {
  change,
  num,
  pValue,
  require_lib,
  require_lib10,
  require_lib11,
  require_lib12,
  require_lib13,
  require_lib14,
  require_lib15,
  require_lib16,
  require_lib17,
  require_lib18,
  require_lib19,
  require_lib2,
  require_lib20,
  require_lib21,
  require_lib22,
  require_lib23,
  require_lib24,
  require_lib25,
  require_lib26,
  require_lib27,
  require_lib28,
  require_lib29,
  require_lib3,
  require_lib30,
  require_lib31,
  require_lib32,
  require_lib33,
  require_lib34,
  require_lib35,
  require_lib36,
  require_lib37,
  require_lib38,
  require_lib4,
  require_lib5,
  require_lib6,
  require_lib7,
  require_lib8,
  require_lib9,
  signed
} from "./chunk-HBPMXEOA.js";
import {
  ownRecord
} from "./chunk-Z5MP7C47.js";
import {
  RESULTS_MAX_BYTES,
  checkConfiguredLeakage,
  repositoryPath,
  workspaceFile
} from "./chunk-5B5FQOXM.js";
import {
  leakageChecks
} from "./chunk-M7BJJRNN.js";
import {
  escapeCell,
  escapeText,
  hiddenBlock,
  inlineCode
} from "./chunk-A6CPINGI.js";
import {
  assertValid,
  nearest,
  parseConfig,
  readTextFile
} from "./chunk-AZKMGFWZ.js";
import {
  DEFAULT_CONFIG_PATH,
  GATE_REPORT_FORMAT
} from "./chunk-2ULE7GJX.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-4KYKJDKG.js";

// node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p1q1.js
var require_rational_p1q1 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p1q1.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -5087819496582806e-19;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -5087819496582806e-19 + x * (-0.008368748197417368 + x * (0.03348066254097446 + x * (-0.012692614766297404 + x * (-0.03656379714117627 + x * (0.02198786811111689 + x * (0.008226878746769157 + x * (-0.005387729650712429 + x * (0 + x * 0))))))));
        s2 = 1 + x * (-0.9700050433032906 + x * (-1.5657455823417585 + x * (1.5622155839842302 + x * (0.662328840472003 + x * (-0.7122890234154284 + x * (-0.05273963823400997 + x * (0.07952836873415717 + x * (-0.0023339375937419 + x * 8862163904564247e-19))))))));
      } else {
        x = 1 / x;
        s1 = 0 + x * (0 + x * (-0.005387729650712429 + x * (0.008226878746769157 + x * (0.02198786811111689 + x * (-0.03656379714117627 + x * (-0.012692614766297404 + x * (0.03348066254097446 + x * (-0.008368748197417368 + x * -5087819496582806e-19))))))));
        s2 = 8862163904564247e-19 + x * (-0.0023339375937419 + x * (0.07952836873415717 + x * (-0.05273963823400997 + x * (-0.7122890234154284 + x * (0.662328840472003 + x * (1.5622155839842302 + x * (-1.5657455823417585 + x * (-0.9700050433032906 + x * 1))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p2q2.js
var require_rational_p2q2 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p2q2.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.20243350835593876;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.20243350835593876 + x * (0.10526468069939171 + x * (8.3705032834312 + x * (17.644729840837403 + x * (-18.851064805871424 + x * (-44.6382324441787 + x * (17.445385985570866 + x * (21.12946554483405 + x * -3.6719225470772936)))))));
        s2 = 1 + x * (6.242641248542475 + x * (3.971343795334387 + x * (-28.66081804998 + x * (-20.14326346804852 + x * (48.560921310873994 + x * (10.826866735546016 + x * (-22.643693341313973 + x * 1.7211476576120028)))))));
      } else {
        x = 1 / x;
        s1 = -3.6719225470772936 + x * (21.12946554483405 + x * (17.445385985570866 + x * (-44.6382324441787 + x * (-18.851064805871424 + x * (17.644729840837403 + x * (8.3705032834312 + x * (0.10526468069939171 + x * -0.20243350835593876)))))));
        s2 = 1.7211476576120028 + x * (-22.643693341313973 + x * (10.826866735546016 + x * (48.560921310873994 + x * (-20.14326346804852 + x * (-28.66081804998 + x * (3.971343795334387 + x * (6.242641248542475 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p3q3.js
var require_rational_p3q3 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p3q3.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.1311027816799519;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.1311027816799519 + x * (-0.16379404719331705 + x * (0.11703015634199525 + x * (0.38707973897260434 + x * (0.3377855389120359 + x * (0.14286953440815717 + x * (0.029015791000532906 + x * (0.0021455899538880526 + x * (-6794655751811263e-22 + x * (28522533178221704e-24 + x * -681149956853777e-24)))))))));
        s2 = 1 + x * (3.4662540724256723 + x * (5.381683457070069 + x * (4.778465929458438 + x * (2.5930192162362027 + x * (0.848854343457902 + x * (0.15226433829533179 + x * (0.011059242293464892 + x * (0 + x * (0 + x * 0)))))))));
      } else {
        x = 1 / x;
        s1 = -681149956853777e-24 + x * (28522533178221704e-24 + x * (-6794655751811263e-22 + x * (0.0021455899538880526 + x * (0.029015791000532906 + x * (0.14286953440815717 + x * (0.3377855389120359 + x * (0.38707973897260434 + x * (0.11703015634199525 + x * (-0.16379404719331705 + x * -0.1311027816799519)))))))));
        s2 = 0 + x * (0 + x * (0 + x * (0.011059242293464892 + x * (0.15226433829533179 + x * (0.848854343457902 + x * (2.5930192162362027 + x * (4.778465929458438 + x * (5.381683457070069 + x * (3.4662540724256723 + x * 1)))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p4q4.js
var require_rational_p4q4 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p4q4.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.0350353787183178;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.0350353787183178 + x * (-0.0022242652921344794 + x * (0.018557330651423107 + x * (0.009508047013259196 + x * (0.0018712349281955923 + x * (15754461742496055e-20 + x * (460469890584318e-20 + x * (-2304047769118826e-25 + x * 26633922742578204e-28)))))));
        s2 = 1 + x * (1.3653349817554064 + x * (0.7620591645536234 + x * (0.22009110576413124 + x * (0.03415891436709477 + x * (0.00263861676657016 + x * (7646752923027944e-20 + x * (0 + x * 0)))))));
      } else {
        x = 1 / x;
        s1 = 26633922742578204e-28 + x * (-2304047769118826e-25 + x * (460469890584318e-20 + x * (15754461742496055e-20 + x * (0.0018712349281955923 + x * (0.009508047013259196 + x * (0.018557330651423107 + x * (-0.0022242652921344794 + x * -0.0350353787183178)))))));
        s2 = 0 + x * (0 + x * (7646752923027944e-20 + x * (0.00263861676657016 + x * (0.03415891436709477 + x * (0.22009110576413124 + x * (0.7620591645536234 + x * (1.3653349817554064 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p5q5.js
var require_rational_p5q5 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/rational_p5q5.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.016743100507663373;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.016743100507663373 + x * (-0.0011295143874558028 + x * (0.001056288621524929 + x * (20938631748758808e-20 + x * (14962478375834237e-21 + x * (44969678992770644e-23 + x * (4625961635228786e-24 + x * (-2811287356288318e-29 + x * 9905570997331033e-32)))))));
        s2 = 1 + x * (0.5914293448864175 + x * (0.1381518657490833 + x * (0.016074608709367652 + x * (9640118070051656e-19 + x * (27533547476472603e-21 + x * (282243172016108e-21 + x * (0 + x * 0)))))));
      } else {
        x = 1 / x;
        s1 = 9905570997331033e-32 + x * (-2811287356288318e-29 + x * (4625961635228786e-24 + x * (44969678992770644e-23 + x * (14962478375834237e-21 + x * (20938631748758808e-20 + x * (0.001056288621524929 + x * (-0.0011295143874558028 + x * -0.016743100507663373)))))));
        s2 = 0 + x * (0 + x * (282243172016108e-21 + x * (27533547476472603e-21 + x * (9640118070051656e-19 + x * (0.016074608709367652 + x * (0.1381518657490833 + x * (0.5914293448864175 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/main.js
var require_main = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib3();
    var sqrt = require_lib9();
    var ln = require_lib29();
    var PINF = require_lib4();
    var NINF = require_lib5();
    var rationalFcnR1 = require_rational_p1q1();
    var rationalFcnR2 = require_rational_p2q2();
    var rationalFcnR3 = require_rational_p3q3();
    var rationalFcnR4 = require_rational_p4q4();
    var rationalFcnR5 = require_rational_p5q5();
    var Y1 = 0.08913147449493408;
    var Y2 = 2.249481201171875;
    var Y3 = 0.807220458984375;
    var Y4 = 0.9399557113647461;
    var Y5 = 0.9836282730102539;
    function erfcinv(x) {
      var sign;
      var qs;
      var q;
      var g2;
      var r;
      if (isnan(x)) {
        return NaN;
      }
      if (x === 0) {
        return PINF;
      }
      if (x === 2) {
        return NINF;
      }
      if (x === 1) {
        return 0;
      }
      if (x > 2 || x < 0) {
        return NaN;
      }
      if (x > 1) {
        sign = -1;
        q = 2 - x;
      } else {
        sign = 1;
        q = x;
      }
      x = 1 - q;
      if (x <= 0.5) {
        g2 = x * (x + 10);
        r = rationalFcnR1(x);
        return sign * (g2 * Y1 + g2 * r);
      }
      if (q >= 0.25) {
        g2 = sqrt(-2 * ln(q));
        q -= 0.25;
        r = rationalFcnR2(q);
        return sign * (g2 / (Y2 + r));
      }
      q = sqrt(-ln(q));
      if (q < 3) {
        qs = q - 1.125;
        r = rationalFcnR3(qs);
        return sign * (Y3 * q + r * q);
      }
      if (q < 6) {
        qs = q - 3;
        r = rationalFcnR4(qs);
        return sign * (Y4 * q + r * q);
      }
      qs = q - 6;
      r = rationalFcnR5(qs);
      return sign * (Y5 * q + r * q);
    }
    module.exports = erfcinv;
  }
});

// node_modules/@stdlib/math-base-special-erfcinv/lib/index.js
var require_lib39 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfcinv/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-acos/lib/main.js
var require_main2 = __commonJS({
  "node_modules/@stdlib/math-base-special-acos/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib3();
    var asin = require_lib11();
    var sqrt = require_lib9();
    var PIO4 = require_lib10();
    var MOREBITS = 6123233995736766e-32;
    function acos(x) {
      var z2;
      if (isnan(x)) {
        return NaN;
      }
      if (x < -1 || x > 1) {
        return NaN;
      }
      if (x > 0.5) {
        return 2 * asin(sqrt(0.5 - 0.5 * x));
      }
      z2 = PIO4 - asin(x);
      z2 += MOREBITS;
      z2 += PIO4;
      return z2;
    }
    module.exports = acos;
  }
});

// node_modules/@stdlib/math-base-special-acos/lib/index.js
var require_lib40 = __commonJS({
  "node_modules/@stdlib/math-base-special-acos/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main2();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-sqrt-two/lib/index.js
var require_lib41 = __commonJS({
  "node_modules/@stdlib/constants-float64-sqrt-two/lib/index.js"(exports, module) {
    "use strict";
    var SQRT2 = 1.4142135623730951;
    module.exports = SQRT2;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co14.js
var require_polyval_co14 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co14.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.16666666666666666;
      }
      return 0.16666666666666666 + x * 0.16666666666666666;
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co15.js
var require_polyval_co15 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co15.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.058333333333333334;
      }
      return 0.058333333333333334 + x * (0.06666666666666667 + x * 0.008333333333333333);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co16.js
var require_polyval_co16 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co16.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.0251984126984127;
      }
      return 0.0251984126984127 + x * (0.026785714285714284 + x * (0.0017857142857142857 + x * 1984126984126984e-19));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co17.js
var require_polyval_co17 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co17.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.012039792768959435;
      }
      return 0.012039792768959435 + x * (0.010559964726631394 + x * (-0.0011078042328042327 + x * (3747795414462081e-19 + x * 27557319223985893e-22)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co18.js
var require_polyval_co18 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co18.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.003837005972422639;
      }
      return 0.003837005972422639 + x * (0.00610392115600449 + x * (-0.0016095979637646305 + x * (5945867404200738e-19 + x * (-6270542728876062e-20 + x * 2505210838544172e-23))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co19.js
var require_polyval_co19 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co19.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.0032177478835464946;
      }
      return 0.0032177478835464946 + x * (0.0010898206731540065 + x * (-0.0012579159844784845 + x * (6908420797309686e-19 + x * (-16376804137220805e-20 + x * (154012654012654e-19 + x * 16059043836821613e-26)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co20.js
var require_polyval_co20 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co20.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.001743826229834001;
      }
      return 0.001743826229834001 + x * (3353097688001788e-20 + x * (-7624513544032393e-19 + x * (6451304695145635e-19 + x * (-249472580470431e-18 + x * (49255746366361444e-21 + x * (-39851014346715405e-22 + x * 7647163731819816e-28))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co21.js
var require_polyval_co21 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co21.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 9647274732138864e-19;
      }
      return 9647274732138864e-19 + x * (-3110108632631878e-19 + x * (-36307660358786886e-20 + x * (5140660578834113e-19 + x * (-29133414466938067e-20 + x * (9086710793521991e-20 + x * (-15303004486655377e-21 + x * (10914179173496788e-22 + x * 28114572543455206e-31)))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co22.js
var require_polyval_co22 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co22.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 5422926281312969e-19;
      }
      return 5422926281312969e-19 + x * (-3694266780000966e-19 + x * (-10230378073700413e-20 + x * (35764655430568635e-20 + x * (-28690924218514614e-20 + x * (12645437628698076e-20 + x * (-33202652391372056e-21 + x * (4890304529197534e-21 + x * (-3123956959982987e-22 + x * 822063524662433e-32))))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_body_series.js
var require_inverse_students_t_body_series = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_body_series.js"(exports, module) {
    "use strict";
    var gammaDeltaRatio = require_lib28();
    var evalpoly = require_lib2();
    var sqrt = require_lib9();
    var PI = require_lib23();
    var polyval1 = require_polyval_co14();
    var polyval2 = require_polyval_co15();
    var polyval3 = require_polyval_co16();
    var polyval4 = require_polyval_co17();
    var polyval5 = require_polyval_co18();
    var polyval6 = require_polyval_co19();
    var polyval7 = require_polyval_co20();
    var polyval8 = require_polyval_co21();
    var polyval9 = require_polyval_co22();
    var c0 = 0;
    var c = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    function inverseStudentsTBodySeries(df, u) {
      var idf;
      var v;
      v = gammaDeltaRatio(df / 2, 0.5) * sqrt(df * PI) * (u - 0.5);
      idf = 1 / df;
      c[1] = polyval1(idf);
      c[2] = polyval2(idf);
      c[3] = polyval3(idf);
      c[4] = polyval4(idf);
      c[5] = polyval5(idf);
      c[6] = polyval6(idf);
      c[7] = polyval7(idf);
      c[8] = polyval8(idf);
      c[9] = polyval9(idf);
      return c0 + v * evalpoly(c, v * v);
    }
    module.exports = inverseStudentsTBodySeries;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_tail_series.js
var require_inverse_students_t_tail_series = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_tail_series.js"(exports, module) {
    "use strict";
    var gammaDeltaRatio = require_lib28();
    var evalpoly = require_lib2();
    var sqrt = require_lib9();
    var pow = require_lib16();
    var PI = require_lib23();
    var d = [0, 0, 0, 0, 0, 0, 0];
    function inverseStudentsTTailSeries(df, v) {
      var result;
      var power;
      var div;
      var np2;
      var np4;
      var np6;
      var rn;
      var w;
      w = gammaDeltaRatio(df / 2, 0.5) * sqrt(df * PI) * v;
      np2 = df + 2;
      np4 = df + 4;
      np6 = df + 6;
      d[0] = 1;
      d[1] = -(df + 1) / (2 * np2);
      np2 *= df + 2;
      d[2] = -df * (df + 1) * (df + 3) / (8 * np2 * np4);
      np2 *= df + 2;
      d[3] = -df * (df + 1) * (df + 5) * ((3 * df + 7) * df - 2) / (48 * np2 * np4 * np6);
      np2 *= df + 2;
      np4 *= df + 4;
      d[4] = -df * (df + 1) * (df + 7) * (((((15 * df + 154) * df + 465) * df + 286) * df - 336) * df + 64) / (384 * np2 * np4 * np6 * (df + 8));
      np2 *= df + 2;
      d[5] = -df * (df + 1) * (df + 3) * (df + 9) * ((((((35 * df + 452) * df + 1573) * df + 600) * df - 2020) * df + 928) * df - 128) / (1280 * np2 * np4 * np6 * (df + 8) * (df + 10));
      np2 *= df + 2;
      np4 *= df + 4;
      np6 *= df + 6;
      d[6] = -df * (df + 1) * (df + 11) * (((((((((((945 * df + 31506) * df + 425858) * df + 2980236) * df + 11266745) * df + 20675018) * df + 7747124) * df - 22574632) * df - 8565600) * df + 18108416) * df - 7099392) * df + 884736) / (46080 * np2 * np4 * np6 * (df + 8) * (df + 10) * (df + 12));
      rn = sqrt(df);
      div = pow(rn * w, 1 / df);
      power = div * div;
      result = evalpoly(d, power);
      result *= rn;
      result /= div;
      return -result;
    }
    module.exports = inverseStudentsTTailSeries;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_hill.js
var require_inverse_students_t_hill = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t_hill.js"(exports, module) {
    "use strict";
    var erfcinv = require_lib39();
    var expm1 = require_lib6();
    var sqrt = require_lib9();
    var pow = require_lib16();
    var HALF_PI = require_lib22();
    var SQRT2 = require_lib41();
    function inverseStudentsTHill(ndf, u) {
      var a;
      var b;
      var c;
      var d;
      var q;
      var x;
      var y;
      if (ndf > 1e20) {
        return -erfcinv(2 * u) * SQRT2;
      }
      a = 1 / (ndf - 0.5);
      b = 48 / (a * a);
      c = ((20700 * a / b - 98) * a - 16) * a + 96.36;
      d = ((94.5 / (b + c) - 3) / b + 1) * sqrt(a * HALF_PI) * ndf;
      y = pow(d * 2 * u, 2 / ndf);
      if (y > 0.05 + a) {
        x = -erfcinv(2 * u) * SQRT2;
        y = x * x;
        if (ndf < 5) {
          c += 0.3 * (ndf - 4.5) * (x + 0.6);
        }
        c += (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b;
        y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
        y = expm1(a * y * y);
      } else {
        y = ((1 / (((ndf + 6) / (ndf * y) - 0.089 * d - 0.822) * (ndf + 2) * 3) + 0.5 / (ndf + 4)) * y - 1) * (ndf + 1) / (ndf + 2) + 1 / y;
      }
      q = sqrt(ndf * y);
      return -q;
    }
    module.exports = inverseStudentsTHill;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t.js
var require_inverse_students_t = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/inverse_students_t.js"(exports, module) {
    "use strict";
    var erfcinv = require_lib39();
    var floor = require_lib7();
    var ldexp = require_lib14();
    var round = require_lib24();
    var acos = require_lib40();
    var sqrt = require_lib9();
    var abs = require_lib12();
    var cos = require_lib30();
    var pow = require_lib16();
    var sin = require_lib25();
    var SQRT2 = require_lib41();
    var PI = require_lib23();
    var inverseStudentsTBodySeries = require_inverse_students_t_body_series();
    var inverseStudentsTTailSeries = require_inverse_students_t_tail_series();
    var inverseStudentsTHill = require_inverse_students_t_hill();
    var DF_THRESHOLD = 268435456;
    var ONE_THIRD = 1 / 3;
    var EXP = 2 * 53 / 3;
    var C = 0.8549879733383485;
    function inverseStudentsT(df, u, v) {
      var crossover;
      var tolerance;
      var rootAlpha;
      var invert;
      var result;
      var alpha;
      var tmp;
      var p0;
      var p2;
      var p4;
      var p5;
      var p;
      var r;
      var x;
      var a;
      var b;
      result = 0;
      if (u > v) {
        tmp = v;
        v = u;
        u = tmp;
        invert = true;
      } else {
        invert = false;
      }
      if (floor(df) === df && df < 20) {
        tolerance = ldexp(1, EXP);
        switch (floor(df)) {
          case 1:
            if (u === 0.5) {
              result = 0;
            } else {
              result = -cos(PI * u) / sin(PI * u);
            }
            break;
          case 2:
            result = (2 * u - 1) / sqrt(2 * u * v);
            break;
          case 4:
            alpha = 4 * u * v;
            rootAlpha = sqrt(alpha);
            r = 4 * cos(acos(rootAlpha) / 3) / rootAlpha;
            x = sqrt(r - 4);
            result = u - 0.5 < 0 ? -x : x;
            break;
          case 6:
            if (u < 1e-150) {
              return (invert ? -1 : 1) * inverseStudentsTHill(df, u);
            }
            a = 4 * (u - u * u);
            b = pow(a, ONE_THIRD);
            p = 6 * (1 + C * (1 / b - 1));
            do {
              p2 = p * p;
              p4 = p2 * p2;
              p5 = p * p4;
              p0 = p;
              p = 2 * (8 * a * p5 - 270 * p2 + 2187) / (5 * (4 * a * p4 - 216 * p - 243));
            } while (abs((p - p0) / p) > tolerance);
            p = sqrt(p - df);
            result = u - 0.5 < 0 ? -p : p;
            break;
          default:
            if (df > DF_THRESHOLD) {
              result = erfcinv(2 * u) * SQRT2;
            } else if (df < 3) {
              crossover = 0.2742 - df * 0.0242143;
              if (u > crossover) {
                result = inverseStudentsTBodySeries(df, u);
              } else {
                result = inverseStudentsTTailSeries(df, u);
              }
            } else {
              crossover = ldexp(1, round(df / -0.654));
              if (u > crossover) {
                result = inverseStudentsTHill(df, u);
              } else {
                result = inverseStudentsTTailSeries(df, u);
              }
            }
        }
      } else if (df > DF_THRESHOLD) {
        result = -erfcinv(2 * u) * SQRT2;
      } else if (df < 3) {
        crossover = 0.2742 - df * 0.0242143;
        if (u > crossover) {
          result = inverseStudentsTBodySeries(df, u);
        } else {
          result = inverseStudentsTTailSeries(df, u);
        }
      } else {
        crossover = ldexp(1, round(df / -0.654));
        if (u > crossover) {
          result = inverseStudentsTHill(df, u);
        } else {
          result = inverseStudentsTTailSeries(df, u);
        }
      }
      return invert ? -result : result;
    }
    module.exports = inverseStudentsT;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/find_ibeta_inv_from_t_dist.js
var require_find_ibeta_inv_from_t_dist = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/find_ibeta_inv_from_t_dist.js"(exports, module) {
    "use strict";
    var inverseStudentsT = require_inverse_students_t();
    function findIBetaInvFromTDist(a, p, py) {
      var df;
      var u;
      var v;
      var t;
      u = p / 2;
      v = 1 - u;
      df = a * 2;
      t = inverseStudentsT(df, u, v);
      if (py) {
        py.value = t * t / (df + t * t);
      }
      return df / (df + t * t);
    }
    module.exports = findIBetaInvFromTDist;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme1.js
var require_temme1 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme1.js"(exports, module) {
    "use strict";
    var evalpoly = require_lib2();
    var erfcinv = require_lib39();
    var sqrt = require_lib9();
    var exp = require_lib15();
    var SQRT2 = require_lib41();
    var workspace = [0, 0, 0, 0, 0, 0, 0];
    var terms = [0, 0, 0, 0];
    function temme1(a, b, z2) {
      var eta0;
      var eta2;
      var eta;
      var B2;
      var B3;
      var B;
      var c;
      eta0 = erfcinv(2 * z2);
      eta0 /= -sqrt(a / 2);
      terms[0] = eta0;
      B = b - a;
      B2 = B * B;
      B3 = B2 * B;
      workspace[0] = -B * SQRT2 / 2;
      workspace[1] = (1 - 2 * B) / 8;
      workspace[2] = -(B * SQRT2 / 48);
      workspace[3] = -1 / 192;
      workspace[4] = -B * SQRT2 / 3840;
      workspace[5] = 0;
      workspace[6] = 0;
      terms[1] = evalpoly(workspace, eta0);
      workspace[0] = B * SQRT2 * (3 * B - 2) / 12;
      workspace[1] = (20 * B2 - 12 * B + 1) / 128;
      workspace[2] = B * SQRT2 * (20 * B - 1) / 960;
      workspace[3] = (16 * B2 + 30 * B - 15) / 4608;
      workspace[4] = B * SQRT2 * (21 * B + 32) / 53760;
      workspace[5] = (-(32 * B2) + 63) / 368640;
      workspace[6] = -B * SQRT2 * (120 * B + 17) / 25804480;
      terms[2] = evalpoly(workspace, eta0);
      workspace[0] = B * SQRT2 * (-75 * B2 + 80 * B - 16) / 480;
      workspace[1] = (-1080 * B3 + 868 * B2 - 90 * B - 45) / 9216;
      workspace[2] = B * SQRT2 * (-1190 * B2 + 84 * B + 373) / 53760;
      workspace[3] = (-2240 * B3 - 2508 * B2 + 2100 * B - 165) / 368640;
      workspace[4] = 0;
      workspace[5] = 0;
      workspace[6] = 0;
      terms[3] = evalpoly(workspace, eta0);
      eta = evalpoly(terms, 1 / a);
      eta2 = eta * eta;
      c = -exp(-eta2 / 2);
      if (eta2 === 0) {
        return 0.5;
      }
      return (1 + eta * sqrt((1 + c) / eta2)) / 2;
    }
    module.exports = temme1;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/root_finder.js
var require_root_finder = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/root_finder.js"(exports, module) {
    "use strict";
    var ln = require_lib29();
    var MAX_VALUE = require_lib21();
    var BIG = MAX_VALUE / 4;
    function temmeRootFinder(t, a) {
      return roots;
      function roots(x) {
        var f1;
        var f;
        var y;
        y = 1 - x;
        if (y === 0) {
          return [-BIG, -BIG];
        }
        if (x === 0) {
          return [-BIG, -BIG];
        }
        f = ln(x) + a * ln(y) + t;
        f1 = 1 / x - a / y;
        return [f, f1];
      }
    }
    module.exports = temmeRootFinder;
  }
});

// node_modules/@stdlib/math-base-special-signum/lib/main.js
var require_main3 = __commonJS({
  "node_modules/@stdlib/math-base-special-signum/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib3();
    function signum(x) {
      if (x === 0 || isnan(x)) {
        return x;
      }
      return x < 0 ? -1 : 1;
    }
    module.exports = signum;
  }
});

// node_modules/@stdlib/math-base-special-signum/lib/index.js
var require_lib42 = __commonJS({
  "node_modules/@stdlib/math-base-special-signum/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main3();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/newton_raphson.js
var require_newton_raphson = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/newton_raphson.js"(exports, module) {
    "use strict";
    var sign = require_lib42();
    var abs = require_lib12();
    var ldexp = require_lib14();
    var MAX_VALUE = require_lib21();
    function newtonRaphsonIterate(fun, guess, min, max, digits, maxIter) {
      var f0last;
      var delta1;
      var delta2;
      var factor;
      var result;
      var count;
      var delta;
      var res;
      var f0;
      var f1;
      f0 = 0;
      f0last = 0;
      result = guess;
      factor = ldexp(1, 1 - digits);
      delta = MAX_VALUE;
      delta1 = MAX_VALUE;
      delta2 = MAX_VALUE;
      count = maxIter;
      do {
        f0last = f0;
        delta2 = delta1;
        delta1 = delta;
        res = fun(result);
        f0 = res[0];
        f1 = res[1];
        count -= 1;
        if (f0 === 0) {
          break;
        }
        if (f1 === 0) {
          if (f0last === 0) {
            if (result === min) {
              guess = max;
            } else {
              guess = min;
            }
            f0last = fun(guess);
            delta = guess - result;
          }
          if (sign(f0last) * sign(f0) < 0) {
            if (delta < 0) {
              delta = (result - min) / 2;
            } else {
              delta = (result - max) / 2;
            }
          } else if (delta < 0) {
            delta = (result - max) / 2;
          } else {
            delta = (result - min) / 2;
          }
        } else {
          delta = f0 / f1;
        }
        if (abs(delta * 2) > abs(delta2)) {
          delta = delta > 0 ? (result - min) / 2 : (result - max) / 2;
        }
        guess = result;
        result -= delta;
        if (result <= min) {
          delta = 0.5 * (guess - min);
          result = guess - delta;
          if (result === min || result === max) {
            break;
          }
        } else if (result >= max) {
          delta = 0.5 * (guess - max);
          result = guess - delta;
          if (result === min || result === max) {
            break;
          }
        }
        if (delta > 0) {
          max = guess;
        } else {
          min = guess;
        }
      } while (count && abs(result * factor) < abs(delta));
      return result;
    }
    module.exports = newtonRaphsonIterate;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co1.js
var require_polyval_co1 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co1.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -1;
      }
      return -1 + x * (-5 + x * 5);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co2.js
var require_polyval_co2 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co2.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 1;
      }
      return 1 + x * (21 + x * (-69 + x * 46));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co3.js
var require_polyval_co3 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co3.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 7;
      }
      return 7 + x * (-2 + x * (33 + x * (-62 + x * 31)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co4.js
var require_polyval_co4 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co4.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 25;
      }
      return 25 + x * (-52 + x * (-17 + x * (88 + x * (-115 + x * 46))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co5.js
var require_polyval_co5 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co5.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 7;
      }
      return 7 + x * (12 + x * (-78 + x * 52));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co6.js
var require_polyval_co6 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co6.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -7;
      }
      return -7 + x * (2 + x * (183 + x * (-370 + x * 185)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co7.js
var require_polyval_co7 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co7.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -533;
      }
      return -533 + x * (776 + x * (-1835 + x * (10240 + x * (-13525 + x * 5410))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co8.js
var require_polyval_co8 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co8.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -1579;
      }
      return -1579 + x * (3747 + x * (-3372 + x * (-15821 + x * (45588 + x * (-45213 + x * 15071)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co9.js
var require_polyval_co9 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co9.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 449;
      }
      return 449 + x * (-1259 + x * (-769 + x * (6686 + x * (-9260 + x * 3704))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co10.js
var require_polyval_co10 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co10.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 63149;
      }
      return 63149 + x * (-151557 + x * (140052 + x * (-727469 + x * (2239932 + x * (-2251437 + x * 750479)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co11.js
var require_polyval_co11 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co11.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 29233;
      }
      return 29233 + x * (-78755 + x * (105222 + x * (146879 + x * (-1602610 + x * (3195183 + x * (-2554139 + x * 729754))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co12.js
var require_polyval_co12 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co12.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 1;
      }
      return 1 + x * (-13 + x * 13);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co13.js
var require_polyval_co13 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/polyval_co13.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 1;
      }
      return 1 + x * (21 + x * (-69 + x * 46));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme2.js
var require_temme2 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme2.js"(exports, module) {
    "use strict";
    var evalpoly = require_lib2();
    var erfcinv = require_lib39();
    var abs = require_lib12();
    var exp = require_lib15();
    var ln = require_lib29();
    var sqrt = require_lib9();
    var sin = require_lib25();
    var cos = require_lib30();
    var temmeRootFinder = require_root_finder();
    var newtonRaphsonIterate = require_newton_raphson();
    var polyval1 = require_polyval_co1();
    var polyval2 = require_polyval_co2();
    var polyval3 = require_polyval_co3();
    var polyval4 = require_polyval_co4();
    var polyval5 = require_polyval_co5();
    var polyval6 = require_polyval_co6();
    var polyval7 = require_polyval_co7();
    var polyval8 = require_polyval_co8();
    var polyval9 = require_polyval_co9();
    var polyval10 = require_polyval_co10();
    var polyval11 = require_polyval_co11();
    var polyval12 = require_polyval_co12();
    var polyval13 = require_polyval_co13();
    var workspace = [0, 0, 0, 0, 0, 0];
    var terms = [0, 0, 0, 0];
    function temme2(z2, r, theta) {
      var upper;
      var lower;
      var alpha;
      var roots;
      var eta0;
      var eta;
      var sc7;
      var sc6;
      var sc5;
      var sc4;
      var sc3;
      var sc2;
      var sc;
      var lu;
      var s2;
      var c2;
      var c;
      var s;
      var u;
      var x;
      eta0 = erfcinv(2 * z2) / -sqrt(r / 2);
      s = sin(theta);
      c = cos(theta);
      terms[0] = eta0;
      s2 = s * s;
      c2 = c * c;
      sc = s * c;
      sc2 = sc * sc;
      sc3 = sc2 * sc;
      sc4 = sc2 * sc2;
      sc5 = sc2 * sc3;
      sc6 = sc3 * sc3;
      sc7 = sc4 * sc3;
      workspace[0] = (2 * s2 - 1) / (3 * sc);
      workspace[1] = -polyval1(s2) / (36 * sc2);
      workspace[2] = polyval2(s2) / (1620 * sc3);
      workspace[3] = polyval3(s2) / (6480 * sc4);
      workspace[4] = polyval4(s2) / (90720 * sc5);
      workspace[5] = 0;
      terms[1] = evalpoly(workspace, eta0);
      workspace[0] = -polyval5(s2) / (405 * sc3);
      workspace[1] = polyval6(s2) / (2592 * sc4);
      workspace[2] = -polyval7(s2) / (204120 * sc5);
      workspace[3] = -polyval8(s2) / (2099520 * sc6);
      workspace[4] = 0;
      workspace[5] = 0;
      terms[2] = evalpoly(workspace, eta0);
      workspace[0] = polyval9(s2) / (102060 * sc5);
      workspace[1] = -polyval10(s2) / (20995200 * sc6);
      workspace[2] = polyval11(s2) / (36741600 * sc7);
      workspace[3] = 0;
      workspace[4] = 0;
      workspace[5] = 0;
      terms[3] = evalpoly(workspace, eta0);
      eta = evalpoly(terms, 1 / r);
      alpha = c / s;
      alpha *= alpha;
      lu = -(eta * eta) / (2 * s2) + ln(s2) + c2 * ln(c2) / s2;
      if (abs(eta) < 0.7) {
        workspace[0] = s2;
        workspace[1] = sc;
        workspace[2] = (1 - 2 * s2) / 3;
        workspace[3] = polyval12(s2) / (36 * sc);
        workspace[4] = polyval13(s2) / (270 * sc2);
        workspace[5] = 0;
        x = evalpoly(workspace, eta);
      } else {
        u = exp(lu);
        workspace[0] = u;
        workspace[1] = alpha;
        workspace[2] = 0;
        workspace[3] = 3 * alpha * (3 * alpha + 1) / 6;
        workspace[4] = 4 * alpha * (4 * alpha + 1) * (4 * alpha + 2) / 24;
        workspace[5] = 5 * alpha * (5 * alpha + 1) * (5 * alpha + 2) * (5 * alpha + 3) / 120;
        x = evalpoly(workspace, u);
        if ((x - s2) * eta < 0) {
          x = 1 - x;
        }
      }
      if (eta < 0) {
        lower = 0;
        upper = s2;
      } else {
        lower = s2;
        upper = 1;
      }
      if (x < lower || x > upper) {
        x = (lower + upper) / 2;
      }
      roots = temmeRootFinder(-lu, alpha);
      x = newtonRaphsonIterate(roots, x, lower, upper, 32, 100);
      return x;
    }
    module.exports = temme2;
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m = s * 60;
    var h = m * 60;
    var d = h * 24;
    var y = d * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse(val);
      } else if (type === "number" && isNaN(val) === false) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^((?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y;
        case "days":
        case "day":
        case "d":
          return n * d;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms) {
      if (ms >= d) {
        return Math.round(ms / d) + "d";
      }
      if (ms >= h) {
        return Math.round(ms / h) + "h";
      }
      if (ms >= m) {
        return Math.round(ms / m) + "m";
      }
      if (ms >= s) {
        return Math.round(ms / s) + "s";
      }
      return ms + "ms";
    }
    function fmtLong(ms) {
      return plural(ms, d, "day") || plural(ms, h, "hour") || plural(ms, m, "minute") || plural(ms, s, "second") || ms + " ms";
    }
    function plural(ms, n, name) {
      if (ms < n) {
        return;
      }
      if (ms < n * 1.5) {
        return Math.floor(ms / n) + " " + name;
      }
      return Math.ceil(ms / n) + " " + name + "s";
    }
  }
});

// node_modules/debug/src/debug.js
var require_debug = __commonJS({
  "node_modules/debug/src/debug.js"(exports, module) {
    exports = module.exports = createDebug.debug = createDebug["default"] = createDebug;
    exports.coerce = coerce;
    exports.disable = disable;
    exports.enable = enable;
    exports.enabled = enabled;
    exports.humanize = require_ms();
    exports.names = [];
    exports.skips = [];
    exports.formatters = {};
    var prevTime;
    function selectColor(namespace) {
      var hash = 0, i;
      for (i in namespace) {
        hash = (hash << 5) - hash + namespace.charCodeAt(i);
        hash |= 0;
      }
      return exports.colors[Math.abs(hash) % exports.colors.length];
    }
    function createDebug(namespace) {
      function debug() {
        if (!debug.enabled) return;
        var self = debug;
        var curr = +/* @__PURE__ */ new Date();
        var ms = curr - (prevTime || curr);
        self.diff = ms;
        self.prev = prevTime;
        self.curr = curr;
        prevTime = curr;
        var args = new Array(arguments.length);
        for (var i = 0; i < args.length; i++) {
          args[i] = arguments[i];
        }
        args[0] = exports.coerce(args[0]);
        if ("string" !== typeof args[0]) {
          args.unshift("%O");
        }
        var index = 0;
        args[0] = args[0].replace(/%([a-zA-Z%])/g, function(match, format) {
          if (match === "%%") return match;
          index++;
          var formatter = exports.formatters[format];
          if ("function" === typeof formatter) {
            var val = args[index];
            match = formatter.call(self, val);
            args.splice(index, 1);
            index--;
          }
          return match;
        });
        exports.formatArgs.call(self, args);
        var logFn = debug.log || exports.log || console.log.bind(console);
        logFn.apply(self, args);
      }
      debug.namespace = namespace;
      debug.enabled = exports.enabled(namespace);
      debug.useColors = exports.useColors();
      debug.color = selectColor(namespace);
      if ("function" === typeof exports.init) {
        exports.init(debug);
      }
      return debug;
    }
    function enable(namespaces) {
      exports.save(namespaces);
      exports.names = [];
      exports.skips = [];
      var split = (typeof namespaces === "string" ? namespaces : "").split(/[\s,]+/);
      var len = split.length;
      for (var i = 0; i < len; i++) {
        if (!split[i]) continue;
        namespaces = split[i].replace(/\*/g, ".*?");
        if (namespaces[0] === "-") {
          exports.skips.push(new RegExp("^" + namespaces.substr(1) + "$"));
        } else {
          exports.names.push(new RegExp("^" + namespaces + "$"));
        }
      }
    }
    function disable() {
      exports.enable("");
    }
    function enabled(name) {
      var i, len;
      for (i = 0, len = exports.skips.length; i < len; i++) {
        if (exports.skips[i].test(name)) {
          return false;
        }
      }
      for (i = 0, len = exports.names.length; i < len; i++) {
        if (exports.names[i].test(name)) {
          return true;
        }
      }
      return false;
    }
    function coerce(val) {
      if (val instanceof Error) return val.stack || val.message;
      return val;
    }
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports = module.exports = require_debug();
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = "undefined" != typeof chrome && "undefined" != typeof chrome.storage ? chrome.storage.local : localstorage();
    exports.colors = [
      "lightseagreen",
      "forestgreen",
      "goldenrod",
      "dodgerblue",
      "darkorchid",
      "crimson"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && window.process.type === "renderer") {
        return true;
      }
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/) && parseInt(RegExp.$1, 10) >= 31 || // double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    exports.formatters.j = function(v) {
      try {
        return JSON.stringify(v);
      } catch (err) {
        return "[UnexpectedJSONParseError]: " + err.message;
      }
    };
    function formatArgs(args) {
      var useColors2 = this.useColors;
      args[0] = (useColors2 ? "%c" : "") + this.namespace + (useColors2 ? " %c" : " ") + args[0] + (useColors2 ? "%c " : " ") + "+" + exports.humanize(this.diff);
      if (!useColors2) return;
      var c = "color: " + this.color;
      args.splice(1, 0, c, "color: inherit");
      var index = 0;
      var lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, function(match) {
        if ("%%" === match) return;
        index++;
        if ("%c" === match) {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c);
    }
    function log() {
      return "object" === typeof console && console.log && Function.prototype.apply.call(console.log, console, arguments);
    }
    function save(namespaces) {
      try {
        if (null == namespaces) {
          exports.storage.removeItem("debug");
        } else {
          exports.storage.debug = namespaces;
        }
      } catch (e) {
      }
    }
    function load() {
      var r;
      try {
        r = exports.storage.debug;
      } catch (e) {
      }
      if (!r && typeof process !== "undefined" && "env" in process) {
        r = process.env.DEBUG;
      }
      return r;
    }
    exports.enable(load());
    function localstorage() {
      try {
        return window.localStorage;
      } catch (e) {
      }
    }
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports = module.exports = require_debug();
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.colors = [6, 2, 3, 4, 5, 1];
    exports.inspectOpts = Object.keys(process.env).filter(function(key) {
      return /^debug_/i.test(key);
    }).reduce(function(obj, key) {
      var prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, function(_, k) {
        return k.toUpperCase();
      });
      var val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) val = true;
      else if (/^(no|off|false|disabled)$/i.test(val)) val = false;
      else if (val === "null") val = null;
      else val = Number(val);
      obj[prop] = val;
      return obj;
    }, {});
    var fd = parseInt(process.env.DEBUG_FD, 10) || 2;
    if (1 !== fd && 2 !== fd) {
      util.deprecate(function() {
      }, "except for stderr(2) and stdout(1), any other usage of DEBUG_FD is deprecated. Override debug.log if you want to use a different log function (https://git.io/debug_fd)")();
    }
    var stream = 1 === fd ? process.stdout : 2 === fd ? process.stderr : createWritableStdioStream(fd);
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(fd);
    }
    exports.formatters.o = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts).split("\n").map(function(str) {
        return str.trim();
      }).join(" ");
    };
    exports.formatters.O = function(v) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v, this.inspectOpts);
    };
    function formatArgs(args) {
      var name = this.namespace;
      var useColors2 = this.useColors;
      if (useColors2) {
        var c = this.color;
        var prefix = "  \x1B[3" + c + ";1m" + name + " \x1B[0m";
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push("\x1B[3" + c + "m+" + exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = (/* @__PURE__ */ new Date()).toUTCString() + " " + name + " " + args[0];
      }
    }
    function log() {
      return stream.write(util.format.apply(util, arguments) + "\n");
    }
    function save(namespaces) {
      if (null == namespaces) {
        delete process.env.DEBUG;
      } else {
        process.env.DEBUG = namespaces;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function createWritableStdioStream(fd2) {
      var stream2;
      var tty_wrap = process.binding("tty_wrap");
      switch (tty_wrap.guessHandleType(fd2)) {
        case "TTY":
          stream2 = new tty.WriteStream(fd2);
          stream2._type = "tty";
          if (stream2._handle && stream2._handle.unref) {
            stream2._handle.unref();
          }
          break;
        case "FILE":
          var fs = __require("fs");
          stream2 = new fs.SyncWriteStream(fd2, { autoClose: false });
          stream2._type = "fs";
          break;
        case "PIPE":
        case "TCP":
          var net = __require("net");
          stream2 = new net.Socket({
            fd: fd2,
            readable: false,
            writable: true
          });
          stream2.readable = false;
          stream2.read = null;
          stream2._type = "pipe";
          if (stream2._handle && stream2._handle.unref) {
            stream2._handle.unref();
          }
          break;
        default:
          throw new Error("Implement me. Unknown stream file type!");
      }
      stream2.fd = fd2;
      stream2._isStdio = true;
      return stream2;
    }
    function init(debug) {
      debug.inspectOpts = {};
      var keys = Object.keys(exports.inspectOpts);
      for (var i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    exports.enable(load());
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process !== "undefined" && process.type === "renderer") {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@stdlib/constants-float32-max/lib/index.js
var require_lib43 = __commonJS({
  "node_modules/@stdlib/constants-float32-max/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT32_MAX = 34028234663852886e22;
    module.exports = FLOAT32_MAX;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/higher_newton.js
var require_higher_newton = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/higher_newton.js"(exports, module) {
    "use strict";
    var logger = require_src();
    var gammainc = require_lib34();
    var abs = require_lib12();
    var exp = require_lib15();
    var ln = require_lib29();
    var MAX_FLOAT32 = require_lib43();
    var debug = logger("gammaincinv:higher_newton");
    function higherNewton(x0, a, m, p, q, lgama, invfp, pcase) {
      var dlnr;
      var xini;
      var ck0;
      var ck1;
      var ck2;
      var a2;
      var x2;
      var px;
      var qx;
      var xr;
      var t;
      var n;
      var r;
      var x;
      x = x0;
      t = 1;
      n = 1;
      a2 = a * a;
      xini = x0;
      do {
        x = x0;
        x2 = x * x;
        if (m === 0) {
          dlnr = (1 - a) * ln(x) + x + lgama;
          if (dlnr > ln(MAX_FLOAT32)) {
            debug("Warning: overflow problems in one or more steps of the computation. The initial approximation to the root is returned.");
            return xini;
          }
          r = exp(dlnr);
        } else {
          r = -invfp * x;
        }
        if (pcase) {
          px = gammainc(x, a, true, false);
          ck0 = -r * (px - p);
        } else {
          qx = gammainc(x, a, true, true);
          ck0 = r * (qx - q);
        }
        r = ck0;
        if (p > 1e-120 || n > 1) {
          ck1 = 0.5 * (x - a + 1) / x;
          ck2 = (2 * x2 - 4 * x * a + 4 * x + 2 * a2 - 3 * a + 1) / x2;
          ck2 /= 6;
          x0 = x + r * (1 + r * (ck1 + r * ck2));
        } else {
          x0 = x + r;
        }
        t = abs(x / x0 - 1);
        n += 1;
        x = x0;
        if (x < 0) {
          x = xini;
          n = 100;
        }
      } while (t > 2e-14 && n < 35);
      if (t > 2e-14 || n > 99) {
        debug("Warning: the number of iterations in the Newton method reached the upper limit N=35. The last value obtained for the root is given as output.");
      }
      xr = x || 0;
      return xr;
    }
    module.exports = higherNewton;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_ak1.js
var require_polyval_ak1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_ak1.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0;
      }
      return 0 + x * (1 + x * (1 + x * (1.5 + x * (2.6666666666666665 + x * (5.208333333333333 + x * 10.8)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_ak2.js
var require_polyval_ak2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_ak2.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 1;
      }
      return 1 + x * (1 + x * (0.3333333333333333 + x * (0.027777777777777776 + x * (-0.003703703703703704 + x * (2314814814814815e-19 + x * 5878894767783657e-20)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/lambdaeta.js
var require_lambdaeta = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/lambdaeta.js"(exports, module) {
    "use strict";
    var abs = require_lib12();
    var exp = require_lib15();
    var ln = require_lib29();
    var evalpoly = require_lib2();
    var polyvalAK1 = require_polyval_ak1();
    var polyvalAK2 = require_polyval_ak2();
    var THRESHOLD = 1e-8;
    var ONEO12 = 0.08333333333333333;
    var ONEO120 = 0.008333333333333333;
    var AK = [1, 0, 0, 0, 0, 0];
    function lambdaeta(eta) {
      var L2;
      var L3;
      var L4;
      var L5;
      var la;
      var L;
      var q;
      var r;
      var s;
      s = eta * eta * 0.5;
      if (eta === 0) {
        la = 0;
      } else if (eta < -1) {
        r = exp(-1 - s);
        la = polyvalAK1(r);
      } else if (eta < 1) {
        r = eta;
        la = polyvalAK2(r);
      } else {
        r = 11 + s;
        L = ln(r);
        la = r + L;
        r = 1 / r;
        L2 = L * L;
        L3 = L2 * L;
        L4 = L3 * L;
        L5 = L4 * L;
        AK[1] = (2 - L) * 0.5;
        AK[2] = (-9 * L + 6 + 2 * L2) / 6;
        AK[3] = -(3 * L3 + 36 * L - 22 * L2 - 12) * ONEO12;
        AK[4] = (60 + 350 * L2 - 300 * L - 125 * L3 + 12 * L4) / 60;
        AK[5] = -(-120 - 274 * L4 + 900 * L - 1700 * L2 + 1125 * L3 + 20 * L5) * ONEO120;
        la += L * r * evalpoly(AK, r);
      }
      r = 1;
      if (eta > -3.5 && eta < -0.03 || eta > 0.03 && eta < 40) {
        r = 1;
        q = la;
        do {
          la = q * (s + ln(q)) / (q - 1);
          r = abs(q / la - 1);
          q = la;
        } while (r > THRESHOLD);
      }
      return la;
    }
    module.exports = lambdaeta;
  }
});

// node_modules/@stdlib/constants-float64-ln-sqrt-two-pi/lib/index.js
var require_lib44 = __commonJS({
  "node_modules/@stdlib/constants-float64-ln-sqrt-two-pi/lib/index.js"(exports, module) {
    "use strict";
    var LN_SQRT_TWO_PI = 0.9189385332046728;
    module.exports = LN_SQRT_TWO_PI;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/chepolsum.js
var require_chepolsum = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/chepolsum.js"(exports, module) {
    "use strict";
    var A = [
      1.9963790515900766,
      -0.0017971032528832887,
      13129285796384672e-21,
      -2340875228178749e-22,
      72291210671127e-22,
      -3280997607821e-22,
      19875070901e-21,
      -1509214183e-21,
      1375340084e-22,
      -145728923e-22,
      17532367e-22,
      -2351465e-22,
      346551e-22,
      -55471e-22,
      9548e-22,
      -1748e-22,
      332e-22,
      -58e-22
    ];
    function chepolsum(n, t) {
      var tt;
      var u0;
      var u1;
      var u2;
      var k;
      u0 = 0;
      u1 = 0;
      tt = t + t;
      k = n;
      do {
        u2 = u1;
        u1 = u0;
        u0 = tt * u1 - u2 + A[k];
        k -= 1;
      } while (k >= 0);
      return (u0 - u2) / 2;
    }
    module.exports = chepolsum;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_c.js
var require_polyval_c = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_c.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.025721014990011306;
      }
      return 0.025721014990011306 + x * (0.08247596616699963 + x * (-0.0025328157302663564 + x * (6099292666946337e-19 + x * (-33543297638406e-17 + x * 250505279903e-15))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_d.js
var require_polyval_d = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/polyval_d.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.08333333333333333;
      }
      return 0.08333333333333333 + x * (-0.002777777777777778 + x * (7936507936507937e-19 + x * -5952380952380953e-19));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/stirling.js
var require_stirling = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/stirling.js"(exports, module) {
    "use strict";
    var gammaln2 = require_lib31();
    var ln = require_lib29();
    var LN_SQRT_TWO_PI = require_lib44();
    var SMALLEST_FLOAT32 = require_lib33();
    var MAX_FLOAT32 = require_lib43();
    var chepolsum = require_chepolsum();
    var polyvalC = require_polyval_c();
    var polyvalD = require_polyval_d();
    var C6 = 0.30865217988013566;
    function stirling(x) {
      var z2;
      if (x < SMALLEST_FLOAT32) {
        return MAX_FLOAT32;
      }
      if (x < 1) {
        return gammaln2(x + 1) - (x + 0.5) * ln(x) + x - LN_SQRT_TWO_PI;
      }
      if (x < 2) {
        return gammaln2(x) - (x - 0.5) * ln(x) + x - LN_SQRT_TWO_PI;
      }
      if (x < 3) {
        return gammaln2(x - 1) - (x - 0.5) * ln(x) + x - LN_SQRT_TWO_PI + ln(x - 1);
      }
      if (x < 12) {
        z2 = 18 / (x * x) - 1;
        return chepolsum(17, z2) / (12 * x);
      }
      z2 = 1 / (x * x);
      if (x < 1e3) {
        return polyvalC(z2) / (C6 + z2) / x;
      }
      return polyvalD(z2) / x;
    }
    module.exports = stirling;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/gamstar.js
var require_gamstar = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/gamstar.js"(exports, module) {
    "use strict";
    var exp = require_lib15();
    var gamma = require_lib27();
    var ln = require_lib29();
    var FLOAT32_MAX = require_lib43();
    var SQRT_TWO_PI = require_lib26();
    var stirling = require_stirling();
    function gamstar(x) {
      if (x >= 3) {
        return exp(stirling(x));
      }
      if (x > 0) {
        return gamma(x) / (exp(-x + (x - 0.5) * ln(x)) * SQRT_TWO_PI);
      }
      return FLOAT32_MAX;
    }
    module.exports = gamstar;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak0bk0.js
var require_rational_ak0bk0 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak0bk0.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.3333333333438;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.3333333333438 + x * (-0.2070740359969 + x * (-0.05041806657154 + x * (-0.004923635739372 + x * -4293658292782e-17)));
        s2 = 1 + x * (0.7045554412463 + x * (0.2118190062224 + x * (0.03048648397436 + x * 0.001605037988091)));
      } else {
        x = 1 / x;
        s1 = -4293658292782e-17 + x * (-0.004923635739372 + x * (-0.05041806657154 + x * (-0.2070740359969 + x * -0.3333333333438)));
        s2 = 0.001605037988091 + x * (0.03048648397436 + x * (0.2118190062224 + x * (0.7045554412463 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/eps1.js
var require_eps1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/eps1.js"(exports, module) {
    "use strict";
    var abs = require_lib12();
    var ln = require_lib29();
    var lambdaeta = require_lambdaeta();
    var rateval = require_rational_ak0bk0();
    function eps1(eta) {
      var la;
      if (abs(eta) < 1) {
        return rateval(eta);
      }
      la = lambdaeta(eta);
      return ln(eta / (la - 1)) / eta;
    }
    module.exports = eps1;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak1bk1.js
var require_rational_ak1bk1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak1bk1.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.0172847633523;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.0172847633523 + x * (-0.0159372646475 + x * (-0.00464910887221 + x * (-60683488776e-14 + x * -614830384279e-17)));
        s2 = 1 + x * (0.764050615669 + x * (0.297143406325 + x * (0.0579490176079 + x * 0.00574558524851)));
      } else {
        x = 1 / x;
        s1 = -614830384279e-17 + x * (-60683488776e-14 + x * (-0.00464910887221 + x * (-0.0159372646475 + x * -0.0172847633523)));
        s2 = 0.00574558524851 + x * (0.0579490176079 + x * (0.297143406325 + x * (0.764050615669 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak2bk2.js
var require_rational_ak2bk2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak2bk2.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.0172839517431;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.0172839517431 + x * (-0.0146362417966 + x * (-0.00357406772616 + x * (-391032032692e-15 + x * 249634036069e-17)));
        s2 = 1 + x * (0.690560400696 + x * (0.249962384741 + x * (0.0443843438769 + x * 0.00424073217211)));
      } else {
        x = 1 / x;
        s1 = 249634036069e-17 + x * (-391032032692e-15 + x * (-0.00357406772616 + x * (-0.0146362417966 + x * -0.0172839517431)));
        s2 = 0.00424073217211 + x * (0.0443843438769 + x * (0.249962384741 + x * (0.690560400696 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak3bk3.js
var require_rational_ak3bk3 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak3bk3.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 0.99994466948;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 0.99994466948 + x * (104.649839762 + x * (857.204033806 + x * (731.901559577 + x * 45.5174411671)));
        s2 = 1 + x * (104.526456943 + x * (823.313447808 + x * (3119.93802124 + x * 3970.03311219)));
      } else {
        x = 1 / x;
        s1 = 45.5174411671 + x * (731.901559577 + x * (857.204033806 + x * (104.649839762 + x * 0.99994466948)));
        s2 = 3970.03311219 + x * (3119.93802124 + x * (823.313447808 + x * (104.526456943 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/eps2.js
var require_eps2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/eps2.js"(exports, module) {
    "use strict";
    var ln = require_lib29();
    var rateval1 = require_rational_ak1bk1();
    var rateval2 = require_rational_ak2bk2();
    var rateval3 = require_rational_ak3bk3();
    function eps2(eta) {
      var lnmeta;
      var x;
      if (eta < -5) {
        x = eta * eta;
        lnmeta = ln(-eta);
        return (12 - x - 6 * (lnmeta * lnmeta)) / (12 * x * eta);
      }
      if (eta < -2) {
        return rateval1(eta);
      }
      if (eta < 2) {
        return rateval2(eta);
      }
      if (eta < 1e3) {
        x = 1 / eta;
        return rateval3(eta) / (-12 * eta);
      }
      return -1 / (12 * eta);
    }
    module.exports = eps2;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak4bk4.js
var require_rational_ak4bk4 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak4bk4.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 0.0495346498136;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 0.0495346498136 + x * (0.0299521337141 + x * (0.00688296911516 + x * (512634846317e-15 + x * -201411722031e-16)));
        s2 = 1 + x * (0.759803615283 + x * (0.261547111595 + x * (0.0464854522477 + x * 0.00403751193496)));
      } else {
        x = 1 / x;
        s1 = -201411722031e-16 + x * (512634846317e-15 + x * (0.00688296911516 + x * (0.0299521337141 + x * 0.0495346498136)));
        s2 = 0.00403751193496 + x * (0.0464854522477 + x * (0.261547111595 + x * (0.759803615283 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak5bk5.js
var require_rational_ak5bk5 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak5bk5.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 0.00452313583942;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 0.00452313583942 + x * (0.00120744920113 + x * (-789724156582e-16 + x * (-504476066942e-16 + x * -535770949796e-17)));
        s2 = 1 + x * (0.912203410349 + x * (0.405368773071 + x * (0.0901638932349 + x * 0.00948935714996)));
      } else {
        x = 1 / x;
        s1 = -535770949796e-17 + x * (-504476066942e-16 + x * (-789724156582e-16 + x * (0.00120744920113 + x * 0.00452313583942)));
        s2 = 0.00948935714996 + x * (0.0901638932349 + x * (0.405368773071 + x * (0.912203410349 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak6bk6.js
var require_rational_ak6bk6 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak6bk6.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return 0.00439937562904;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = 0.00439937562904 + x * (487225670639e-15 + x * (-128470657374e-15 + x * (529110969589e-17 + x * 15716677175e-17)));
        s2 = 1 + x * (0.794435257415 + x * (0.333094721709 + x * (0.0703527806143 + x * 0.00806110846078)));
      } else {
        x = 1 / x;
        s1 = 15716677175e-17 + x * (529110969589e-17 + x * (-128470657374e-15 + x * (487225670639e-15 + x * 0.00439937562904)));
        s2 = 0.00806110846078 + x * (0.0703527806143 + x * (0.333094721709 + x * (0.794435257415 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak7bk7.js
var require_rational_ak7bk7 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak7bk7.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.0011481191232;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.0011481191232 + x * (-0.112850923276 + x * (1.51623048511 + x * (-0.218472031183 + x * 0.0730002451555)));
        s2 = 1 + x * (14.2482206905 + x * (69.7360396285 + x * (218.938950816 + x * 277.067027185)));
      } else {
        x = 1 / x;
        s1 = 0.0730002451555 + x * (-0.218472031183 + x * (1.51623048511 + x * (-0.112850923276 + x * -0.0011481191232)));
        s2 = 277.067027185 + x * (218.938950816 + x * (69.7360396285 + x * (14.2482206905 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak8bk8.js
var require_rational_ak8bk8 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/rational_ak8bk8.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -145727889667e-15;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -145727889667e-15 + x * (-0.290806748131 + x * (-13.308504545 + x * (199.722374056 + x * -11.4311378756)));
        s2 = 1 + x * (139.612587808 + x * (2189.01116348 + x * (7115.24019009 + x * 45574.6081453)));
      } else {
        x = 1 / x;
        s1 = -11.4311378756 + x * (199.722374056 + x * (-13.308504545 + x * (-0.290806748131 + x * -145727889667e-15)));
        s2 = 45574.6081453 + x * (7115.24019009 + x * (2189.01116348 + x * (139.612587808 + x * 1)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/eps3.js
var require_eps3 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/eps3.js"(exports, module) {
    "use strict";
    var ln = require_lib29();
    var rational1 = require_rational_ak4bk4();
    var rational2 = require_rational_ak5bk5();
    var rational3 = require_rational_ak6bk6();
    var rational4 = require_rational_ak7bk7();
    var rational5 = require_rational_ak8bk8();
    function eps3(eta) {
      var x;
      var y;
      if (eta < -8) {
        x = eta * eta;
        y = ln(-eta) / eta;
        return (-30 + eta * y * (6 * x * y * y - 12 + x)) / (12 * eta * x * x);
      }
      if (eta < -4) {
        return rational1(eta) / (eta * eta);
      }
      if (eta < -2) {
        return rational2(eta);
      }
      if (eta < 2) {
        return rational3(eta);
      }
      if (eta < 10) {
        x = 1 / eta;
        return rational4(x) / (eta * eta);
      }
      if (eta < 100) {
        x = 1 / eta;
        return rational5(x) / (eta * eta);
      }
      return -ln(eta) / (12 * eta * eta * eta);
    }
    module.exports = eps3;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/compute.js
var require_compute = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/compute.js"(exports, module) {
    "use strict";
    var logger = require_src();
    var evalpoly = require_lib2();
    var gammaln2 = require_lib31();
    var erfcinv = require_lib39();
    var gamma = require_lib27();
    var sqrt = require_lib9();
    var abs = require_lib12();
    var exp = require_lib15();
    var min = require_lib20();
    var pow = require_lib16();
    var ln = require_lib29();
    var SQRT_TWO_PI = require_lib26();
    var MAX_FLOAT32 = require_lib43();
    var TWO_PI = require_lib32();
    var higherNewton = require_higher_newton();
    var lambdaeta = require_lambdaeta();
    var gamstar = require_gamstar();
    var eps1 = require_eps1();
    var eps2 = require_eps2();
    var eps3 = require_eps3();
    var debug = logger("gammaincinv:compute");
    var HALF = 0.5;
    var ONEO3 = 0.3333333333333333;
    var ONEO4 = 0.25;
    var ONEO5 = 0.2;
    var ONEO6 = 0.16666666666666666;
    var ONEO12 = 0.08333333333333333;
    var ONEO24 = 0.041666666666666664;
    var CK = [0, 0, 0, 0, 0];
    function compute(a, p, q) {
      var ap1inv;
      var invfp;
      var lgama;
      var pcase;
      var porq;
      var ainv;
      var logr;
      var ap22;
      var ap14;
      var ap13;
      var ap12;
      var vgam;
      var vmin;
      var xini;
      var ap1;
      var ap2;
      var ap3;
      var eta;
      var p6;
      var p5;
      var x0;
      var a2;
      var L2;
      var L3;
      var L4;
      var b2;
      var b3;
      var p3;
      var a4;
      var fp;
      var p4;
      var p2;
      var a3;
      var xr;
      var ck;
      var b;
      var L;
      var i;
      var k;
      var m;
      var r;
      var s;
      var t;
      var y;
      if (p < HALF) {
        pcase = true;
        porq = p;
        s = -1;
      } else {
        pcase = false;
        porq = q;
        s = 1;
      }
      k = 0;
      if (abs(a - 1) < 1e-4) {
        m = 0;
        if (pcase) {
          if (p < 1e-3) {
            p2 = p * p;
            p3 = p2 * p;
            p4 = p3 * p;
            p5 = p4 * p;
            p6 = p5 * p;
            x0 = p + p2 * HALF + p3 * ONEO3 + p4 * ONEO4 + p5 * ONEO5 + p6 * ONEO6;
          } else {
            x0 = -ln(1 - p);
          }
        } else {
          x0 = -ln(q);
        }
        if (a === 1) {
          k = 2;
          xr = x0;
        } else {
          lgama = gammaln2(a);
          k = 1;
        }
      }
      if (q < 1e-30 && a < HALF) {
        m = 0;
        x0 = -ln(q * gamma(a)) + (a - 1) * ln(-ln(q * gamma(a)));
        k = 1;
        lgama = gammaln2(a);
      }
      if (a > 1 && a < 500 && p < 1e-80) {
        m = 0;
        ainv = 1 / a;
        ap1inv = 1 / (a + 1);
        x0 = (gammaln2(a + 1) + ln(p)) * ainv;
        x0 = exp(x0);
        xini = x0;
        for (i = 0; i < 10; i++) {
          x0 = xini * exp(x0 * ainv) * pow(1 - x0 * ap1inv, ainv);
        }
        k = 1;
        lgama = gammaln2(a);
      }
      logr = 1 / a * (ln(p) + gammaln2(a + 1));
      if (logr < ln(ONEO5 * (1 + a)) && k === 0) {
        r = exp(logr);
        m = 0;
        a2 = a * a;
        a3 = a2 * a;
        a4 = a3 * a;
        ap1 = a + 1;
        ap12 = ap1 * ap1;
        ap13 = ap1 * ap12;
        ap14 = ap12 * ap12;
        ap2 = a + 2;
        ap22 = ap2 * ap2;
        ap3 = a + 3;
        CK[0] = 1;
        CK[1] = 1 / ap1;
        CK[2] = HALF * (3 * a + 5) / (ap12 * ap2);
        CK[3] = ONEO3 * (31 + 8 * a2 + 33 * a) / (ap13 * ap2 * ap3);
        CK[4] = ONEO24 * (2888 + 1179 * a3 + 125 * a4 + 3971 * a2 + 5661 * a) / (ap14 * ap22 * ap3 * (a + 4));
        x0 = r * evalpoly(CK, r);
        lgama = gammaln2(a);
        k = 1;
      }
      if (a < 10 && k === 0) {
        vgam = sqrt(a) / (gamstar(a) * SQRT_TWO_PI);
        vmin = min(0.02, vgam);
        if (q < vmin) {
          m = 0;
          b = 1 - a;
          b2 = b * b;
          b3 = b2 * b;
          eta = sqrt(-2 / a * ln(q / vgam));
          x0 = a * lambdaeta(eta);
          L = ln(x0);
          if (x0 > 5) {
            L2 = L * L;
            L3 = L2 * L;
            L4 = L3 * L;
            r = 1 / x0;
            CK[0] = L - 1;
            CK[1] = (3 * b - 2 * b * L + L2 - 2 * L + 2) * HALF;
            CK[2] = (24 * b * L - 11 * b2 - 24 * b - 6 * L2 + 12 * L - 12 - 9 * b * L2 + 6 * b2 * L + 2 * L3) * ONEO6;
            CK[3] = (-12 * b3 * L + 8.04 * b * L2 - 114 * b2 * L + (72 + 36 * L2) + (3 * L4 - 72 * L + 162) * (b - 168 * b * L) - (12 * L3 + 25 * b3) - (22 * b * L3 + 36 * b2 * L2 + 120 * b2)) * ONEO12;
            CK[4] = 0;
            x0 = x0 - L + b * r * evalpoly(CK, r);
          } else {
            r = 1 / x0;
            L2 = L * L;
            ck = L - 1;
            t = L - b * r * ck;
            if (t < x0) {
              x0 -= t;
            }
          }
          lgama = gammaln2(a);
          k = 1;
        }
      }
      if (abs(porq - HALF) < 1e-5 && k === 0) {
        m = 0;
        ainv = 1 / a;
        x0 = a - ONEO3 + (0.019753086419753086 + 0.007211444248481286 * ainv) * ainv;
        lgama = gammaln2(a);
        k = 1;
      }
      if (a < 1 && k === 0) {
        m = 0;
        if (pcase) {
          x0 = exp(1 / a * (ln(porq) + gammaln2(a + 1)));
        } else {
          x0 = exp(1 / a * (ln(1 - porq) + gammaln2(a + 1)));
        }
        lgama = gammaln2(a);
        k = 1;
      }
      if (k === 0) {
        m = 1;
        ainv = 1 / a;
        r = erfcinv(2 * porq);
        eta = s * r / sqrt(a * HALF);
        if (r < MAX_FLOAT32) {
          eta += (eps1(eta) + (eps2(eta) + eps3(eta) * ainv) * ainv) * ainv;
          x0 = a * lambdaeta(eta);
          y = eta;
          fp = -sqrt(a / TWO_PI) * exp(-HALF * a * y * y) / gamstar(a);
          invfp = 1 / fp;
        } else {
          debug("Warning: Overflow problems in one or more steps of the computation.");
          return NaN;
        }
      }
      if (k < 2) {
        xr = higherNewton(x0, a, m, p, q, lgama, invfp, pcase);
      }
      return xr;
    }
    module.exports = compute;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/main.js
var require_main4 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib3();
    var FLOAT32_SMALLEST = require_lib33();
    var PINF = require_lib4();
    var compute = require_compute();
    function gammaincinv(p, a, upper) {
      if (isnan(p) || isnan(a)) {
        return NaN;
      }
      if (a < FLOAT32_SMALLEST) {
        return NaN;
      }
      if (p > 1 || p < 0) {
        return NaN;
      }
      if (upper === true) {
        if (p === 0) {
          return PINF;
        }
        if (p === 1) {
          return 0;
        }
        return compute(a, 1 - p, p);
      }
      if (p === 0) {
        return 0;
      }
      if (p === 1) {
        return PINF;
      }
      return compute(a, p, 1 - p);
    }
    module.exports = gammaincinv;
  }
});

// node_modules/@stdlib/math-base-special-gammaincinv/lib/index.js
var require_lib45 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaincinv/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main4();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-smallest-subnormal/lib/index.js
var require_lib46 = __commonJS({
  "node_modules/@stdlib/constants-float64-smallest-subnormal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_SMALLEST_SUBNORMAL = 5e-324;
    module.exports = FLOAT64_SMALLEST_SUBNORMAL;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme3.js
var require_temme3 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/temme3.js"(exports, module) {
    "use strict";
    var gammaincinv = require_lib45();
    var ln = require_lib29();
    var sqrt = require_lib9();
    var SMALLEST_SUBNORMAL = require_lib46();
    var temmeRootFinder = require_root_finder();
    var newtonRaphsonIterate = require_newton_raphson();
    function temme3(a, b, p, q) {
      var cross;
      var roots;
      var lower;
      var upper;
      var eta0;
      var eta;
      var w10;
      var w12;
      var w13;
      var w14;
      var e1;
      var e2;
      var e3;
      var mu;
      var d2;
      var d3;
      var d4;
      var w2;
      var w3;
      var w4;
      var w5;
      var w6;
      var w7;
      var w8;
      var w9;
      var w1;
      var d;
      var w;
      var u;
      var x;
      if (p < q) {
        eta0 = gammaincinv(p, b, true);
      } else {
        eta0 = gammaincinv(q, b, false);
      }
      eta0 /= a;
      mu = b / a;
      w = sqrt(1 + mu);
      w2 = w * w;
      w3 = w2 * w;
      w4 = w2 * w2;
      w5 = w3 * w2;
      w6 = w3 * w3;
      w7 = w4 * w3;
      w8 = w4 * w4;
      w9 = w5 * w4;
      w10 = w5 * w5;
      d = eta0 - mu;
      d2 = d * d;
      d3 = d2 * d;
      d4 = d2 * d2;
      w1 = w + 1;
      w12 = w1 * w1;
      w13 = w1 * w12;
      w14 = w12 * w12;
      e1 = (w + 2) * (w - 1) / (3 * w);
      e1 += (w3 + 9 * w2 + 21 * w + 5) * d / (36 * w2 * w1);
      e1 -= (w4 - 13 * w3 + 69 * w2 + 167 * w + 46) * d2 / (1620 * w12 * w3);
      e1 -= (7 * w5 + 21 * w4 + 70 * w3 + 26 * w2 - 93 * w - 31) * d3 / (6480 * w13 * w4);
      e1 -= (75 * w6 + 202 * w5 + 188 * w4 - 888 * w3 - 1345 * w2 + 118 * w + 138) * d4 / (272160 * w14 * w5);
      e2 = (28 * w4 + 131 * w3 + 402 * w2 + 581 * w + 208) * (w - 1) / (1620 * w1 * w3);
      e2 -= (35 * w6 - 154 * w5 - 623 * w4 - 1636 * w3 - 3983 * w2 - 3514 * w - 925) * d / (12960 * w12 * w4);
      e2 -= (2132 * w7 + 7915 * w6 + 16821 * w5 + 35066 * w4 + 87490 * w3 + 141183 * w2 + 95993 * w + 21640) * d2 / (816480 * w5 * w13);
      e2 -= (11053 * w8 + 53308 * w7 + 117010 * w6 + 163924 * w5 + 116188 * w4 - 258428 * w3 - 677042 * w2 - 481940 * w - 105497) * d3 / (14696640 * w14 * w6);
      e3 = -((3592 * w7 + 8375 * w6 - 1323 * w5 - 29198 * w4 - 89578 * w3 - 154413 * w2 - 116063 * w - 29632) * (w - 1)) / (816480 * w5 * w12);
      e3 -= (442043 * w9 + 2054169 * w8 + 3803094 * w7 + 3470754 * w6 + 2141568 * w5 - 2393568 * w4 - 19904934 * w3 - 34714674 * w2 - 23128299 * w - 5253353) * d / (146966400 * w6 * w13);
      e3 -= (116932 * w10 + 819281 * w9 + 2378172 * w8 + 4341330 * w7 + 6806004 * w6 + 10622748 * w5 + 18739500 * w4 + 30651894 * w3 + 30869976 * w2 + 15431867 * w + 2919016) * d2 / (146966400 * w14 * w7);
      eta = eta0 + e1 / a + e2 / (a * a) + e3 / (a * a * a);
      if (eta <= 0) {
        eta = SMALLEST_SUBNORMAL;
      }
      u = eta - mu * ln(eta) + (1 + mu) * ln(1 + mu) - mu;
      cross = 1 / (1 + mu);
      lower = eta < mu ? cross : 0;
      upper = eta < mu ? 1 : cross;
      x = (lower + upper) / 2;
      roots = temmeRootFinder(u, mu);
      return newtonRaphsonIterate(roots, x, lower, upper, 32, 100);
    }
    module.exports = temme3;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/halley_iterate.js
var require_halley_iterate = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/halley_iterate.js"(exports, module) {
    "use strict";
    var abs = require_lib12();
    var ldexp = require_lib14();
    var sign = require_lib42();
    var max = require_lib19();
    var MAX_VALUE = require_lib21();
    function halleyIterate(fun, guess, minimum, maximum, digits, maxIter) {
      var convergence;
      var outOfBounds;
      var delta1;
      var delta2;
      var factor;
      var result;
      var f0Last;
      var count;
      var delta;
      var denom;
      var diff;
      var num2;
      var res;
      var f0;
      var f1;
      var f2;
      f0 = 0;
      outOfBounds = false;
      result = guess;
      factor = ldexp(1, 1 - digits);
      delta = max(1e7 * guess, 1e7);
      f0Last = 0;
      delta1 = delta;
      delta2 = delta;
      count = maxIter;
      do {
        f0Last = f0;
        delta2 = delta1;
        delta1 = delta;
        res = fun(result);
        f0 = res[0];
        f1 = res[1];
        f2 = res[2];
        count -= 1;
        if (f0 === 0) {
          break;
        }
        if (f1 === 0) {
          if (f0Last === 0) {
            if (result === minimum) {
              guess = maximum;
            } else {
              guess = minimum;
            }
            f0Last = fun(guess);
            delta = guess - result;
          }
          if (sign(f0Last) * sign(f0) < 0) {
            if (delta < 0) {
              delta = (result - minimum) / 2;
            } else {
              delta = (result - maximum) / 2;
            }
          } else if (delta < 0) {
            delta = (result - maximum) / 2;
          } else {
            delta = (result - minimum) / 2;
          }
        } else if (f2 === 0) {
          delta = f0 / f1;
        } else {
          denom = 2 * f0;
          num2 = 2 * f1 - f0 * (f2 / f1);
          if (abs(num2) < 1 && abs(denom) >= abs(num2) * MAX_VALUE) {
            delta = f0 / f1;
          } else {
            delta = denom / num2;
          }
          if (delta * f1 / f0 < 0) {
            delta = f0 / f1;
            if (abs(delta) > 2 * abs(guess)) {
              delta = (delta < 0 ? -1 : 1) * 2 * abs(guess);
            }
          }
        }
        convergence = abs(delta / delta2);
        if (convergence > 0.8 && convergence < 2) {
          delta = delta > 0 ? (result - minimum) / 2 : (result - maximum) / 2;
          if (abs(delta) > result) {
            delta = sign(delta) * result;
          }
          delta2 = delta * 3;
        }
        guess = result;
        result -= delta;
        if (result < minimum) {
          if (abs(minimum) < 1 && abs(result) > 1 && MAX_VALUE / abs(result) < abs(minimum)) {
            diff = 1e3;
          } else {
            diff = result / minimum;
          }
          if (abs(diff) < 1) {
            diff = 1 / diff;
          }
          if (!outOfBounds && diff > 0 && diff < 3) {
            delta = 0.99 * (guess - minimum);
            result = guess - delta;
            outOfBounds = true;
          } else {
            delta = (guess - minimum) / 2;
            result = guess - delta;
            if (result === minimum || result === maximum) {
              break;
            }
          }
        } else if (result > maximum) {
          if (abs(maximum) < 1 && abs(result) > 1 && MAX_VALUE / abs(result) < abs(maximum)) {
            diff = 1e3;
          } else {
            diff = result / maximum;
          }
          if (abs(diff) < 1) {
            diff = 1 / diff;
          }
          if (!outOfBounds && diff > 0 && diff < 3) {
            delta = 0.99 * (guess - maximum);
            result = guess - delta;
            outOfBounds = true;
          } else {
            delta = (guess - maximum) / 2;
            result = guess - delta;
            if (result === minimum || result === maximum) {
              break;
            }
          }
        }
        if (delta > 0) {
          maximum = guess;
        } else {
          minimum = guess;
        }
      } while (count && abs(result * factor) < abs(delta));
      return result;
    }
    module.exports = halleyIterate;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/ibeta_roots.js
var require_ibeta_roots = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/ibeta_roots.js"(exports, module) {
    "use strict";
    var kernelBetainc = require_lib35().assign;
    var abs = require_lib12();
    var FLOAT64_MAX = require_lib21();
    var FLOAT64_MIN_NORM = require_lib13();
    function ibetaRoots(a, b, target, invert) {
      return roots;
      function roots(x) {
        var buf;
        var f1;
        var f2;
        var f;
        var y;
        y = 1 - x;
        buf = [0, 0];
        kernelBetainc(x, a, b, true, invert, buf, 1, 0);
        f = buf[0] - target;
        f1 = buf[1];
        if (invert) {
          f1 = -f1;
        }
        if (y === 0) {
          y = FLOAT64_MIN_NORM * 64;
        }
        if (x === 0) {
          x = FLOAT64_MIN_NORM * 64;
        }
        f2 = f1 * (-(y * a) + (b - 2) * x + 1);
        if (abs(f2) < y * x * FLOAT64_MAX) {
          f2 /= y * x;
        }
        if (invert) {
          f2 = -f2;
        }
        if (f1 === 0) {
          f1 = (invert ? -1 : 1) * FLOAT64_MIN_NORM * 64;
        }
        return [f, f1, f2];
      }
    }
    module.exports = ibetaRoots;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/main.js
var require_main5 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/main.js"(exports, module) {
    "use strict";
    var evalpoly = require_lib2();
    var betainc = require_lib36();
    var expm1 = require_lib6();
    var log1p = require_lib8();
    var asin = require_lib11();
    var beta = require_lib18();
    var sqrt = require_lib9();
    var abs = require_lib12();
    var exp = require_lib15();
    var pow = require_lib16();
    var sin = require_lib25();
    var max = require_lib19();
    var min = require_lib20();
    var ln = require_lib29();
    var FLOAT64_MIN_NORM = require_lib13();
    var HALF_PI = require_lib22();
    var EPSILON = require_lib17();
    var findIBetaInvFromTDist = require_find_ibeta_inv_from_t_dist();
    var temme1 = require_temme1();
    var temme2 = require_temme2();
    var temme3 = require_temme3();
    var halleyIterate = require_halley_iterate();
    var ibetaRoots = require_ibeta_roots();
    var DIGITS = 32;
    var MAX_ITERATIONS = 1e3;
    var terms = [0, 0, 0, 0, 0];
    function ibetaInvImp(a, b, p, q) {
      var digits;
      var invert;
      var lambda;
      var lower;
      var theta;
      var upper;
      var roots;
      var maxv;
      var minv;
      var bet;
      var ppa;
      var tmp;
      var xs2;
      var ap1;
      var bm1;
      var fs;
      var lx;
      var ps;
      var xg;
      var xs;
      var yp;
      var a2;
      var a3;
      var b2;
      var r;
      var l;
      var u;
      var x;
      var y;
      invert = false;
      if (q === 0) {
        return [1, 0];
      }
      if (p === 0) {
        return [0, 1];
      }
      if (a === 1) {
        if (b === 1) {
          return [p, 1 - p];
        }
        tmp = b;
        b = a;
        a = tmp;
        tmp = q;
        q = p;
        p = tmp;
        invert = true;
      }
      x = 0;
      lower = 0;
      upper = 1;
      if (a === 0.5) {
        if (b === 0.5) {
          x = sin(p * HALF_PI);
          x *= x;
          y = sin(q * HALF_PI);
          y *= y;
          return [x, y];
        }
        if (b > 0.5) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = q;
          q = p;
          p = tmp;
          invert = !invert;
        }
      }
      if (b === 0.5 && a >= 0.5 && p !== 1) {
        yp = {};
        x = findIBetaInvFromTDist(a, p, yp);
        y = yp.value;
      } else if (b === 1) {
        if (p < q) {
          if (a > 1) {
            x = pow(p, 1 / a);
            y = -expm1(ln(p) / a);
          } else {
            x = pow(p, 1 / a);
            y = 1 - x;
          }
        } else {
          x = exp(log1p(-q) / a);
          y = -expm1(log1p(-q) / a);
        }
        if (invert) {
          tmp = y;
          y = x;
          x = tmp;
        }
        return [x, y];
      } else if (a + b > 5) {
        if (p > 0.5) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = q;
          q = p;
          p = tmp;
          invert = !invert;
        }
        minv = min(a, b);
        maxv = max(a, b);
        if (sqrt(minv) > maxv - minv && minv > 5) {
          x = temme1(a, b, p);
          y = 1 - x;
        } else {
          r = a + b;
          theta = asin(sqrt(a / r));
          lambda = minv / r;
          if (lambda >= 0.2 && lambda <= 0.8 && r >= 10) {
            ppa = pow(p, 1 / a);
            if (ppa < 25e-4 && a + b < 200) {
              x = ppa * pow(a * beta(a, b), 1 / a);
            } else {
              x = temme2(p, r, theta);
            }
            y = 1 - x;
          } else {
            if (a < b) {
              tmp = b;
              b = a;
              a = tmp;
              tmp = q;
              q = p;
              p = tmp;
              invert = !invert;
            }
            bet = 0;
            if (b < 2) {
              bet = beta(a, b);
            }
            if (bet === 0) {
              y = 1;
            } else {
              y = pow(b * q * bet, 1 / b);
              x = 1 - y;
            }
          }
          if (y > 1e-5) {
            x = temme3(a, b, p, q);
            y = 1 - x;
          }
        }
      } else if (a < 1 && b < 1) {
        xs = (1 - a) / (2 - a - b);
        fs = betainc(xs, a, b) - p;
        if (abs(fs) / p < EPSILON * 3) {
          if (invert) {
            return [1 - xs, xs];
          }
          return [xs, 1 - xs];
        }
        if (fs < 0) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = q;
          q = p;
          p = tmp;
          invert = !invert;
          xs = 1 - xs;
        }
        xg = pow(a * p * beta(a, b), 1 / a);
        x = xg / (1 + xg);
        y = 1 / (1 + xg);
        if (x > xs) {
          x = xs;
        }
        upper = xs;
      } else if (a > 1 && b > 1) {
        xs = (a - 1) / (a + b - 2);
        xs2 = (b - 1) / (a + b - 2);
        ps = betainc(xs, a, b) - p;
        if (ps < 0) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = q;
          q = p;
          p = tmp;
          tmp = xs2;
          xs2 = xs;
          xs = tmp;
          invert = !invert;
        }
        lx = ln(p * a * beta(a, b)) / a;
        x = exp(lx);
        y = x < 0.9 ? 1 - x : -expm1(lx);
        if (b < a && x < 0.2) {
          ap1 = a - 1;
          bm1 = b - 1;
          a2 = a * a;
          a3 = a * a2;
          b2 = b * b;
          terms[0] = 0;
          terms[1] = 1;
          terms[2] = bm1 / ap1;
          ap1 *= ap1;
          terms[3] = bm1 * (3 * a * b + 5 * b + a2 - a - 4) / (2 * (a + 2) * ap1);
          ap1 *= a + 1;
          terms[4] = bm1 * (33 * a * b2 + 31 * b2 + 8 * a2 * b2 - 30 * a * b - 47 * b + 11 * a2 * b + 6 * a3 * b + 18 + 4 * a - a3 + a2 * a2 - 10 * a2);
          terms[4] /= 3 * (a + 3) * (a + 2) * ap1;
          x = evalpoly(terms, x);
        }
        if (x > xs) {
          x = xs;
        }
        upper = xs;
      } else {
        if (b < a) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = q;
          q = p;
          p = tmp;
          invert = !invert;
        }
        if (pow(p, 1 / a) < 0.5) {
          x = pow(p * a * beta(a, b), 1 / a);
          if (x === 0) {
            x = FLOAT64_MIN_NORM;
          }
          y = 1 - x;
        } else {
          y = pow(1 - pow(p, b * beta(a, b)), 1 / b);
          if (y === 0) {
            y = FLOAT64_MIN_NORM;
          }
          x = 1 - y;
        }
      }
      if (x > 0.5) {
        tmp = b;
        b = a;
        a = tmp;
        tmp = q;
        q = p;
        p = tmp;
        tmp = y;
        y = x;
        x = tmp;
        invert = !invert;
        l = 1 - upper;
        u = 1 - lower;
        lower = l;
        upper = u;
      }
      if (lower === 0) {
        if (invert) {
          lower = EPSILON;
          if (x < lower) {
            x = lower;
          }
        } else {
          lower = FLOAT64_MIN_NORM;
        }
        if (x < lower) {
          x = lower;
        }
      }
      digits = DIGITS;
      if (x < 1e-50 && (a < 1 || b < 1)) {
        digits *= 3;
        digits /= 2;
      }
      roots = ibetaRoots(a, b, p < q ? p : q, p >= q);
      x = halleyIterate(roots, x, lower, upper, digits, MAX_ITERATIONS);
      if (x === lower) {
        x = 0;
      }
      if (invert) {
        return [1 - x, x];
      }
      return [x, 1 - x];
    }
    module.exports = ibetaInvImp;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/index.js
var require_lib47 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betaincinv/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main5();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-t-quantile/lib/main.js
var require_main6 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-quantile/lib/main.js"(exports, module) {
    "use strict";
    var kernelBetaincinv = require_lib47();
    var isnan = require_lib3();
    var sign = require_lib42();
    var sqrt = require_lib9();
    function quantile(p, v) {
      var prob;
      var xs;
      if (isnan(v) || isnan(p) || v <= 0 || p < 0 || p > 1) {
        return NaN;
      }
      prob = p > 0.5 ? 1 - p : p;
      xs = kernelBetaincinv(v / 2, 0.5, 2 * prob, 1 - 2 * prob);
      return sign(p - 0.5) * sqrt(v * xs[1] / xs[0]);
    }
    module.exports = quantile;
  }
});

// node_modules/@stdlib/stats-base-dists-t-quantile/lib/factory.js
var require_factory = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-quantile/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib37();
    var kernelBetaincinv = require_lib47();
    var isnan = require_lib3();
    var sign = require_lib42();
    var sqrt = require_lib9();
    function factory(v) {
      if (isnan(v) || v <= 0) {
        return constantFunction(NaN);
      }
      return quantile;
      function quantile(p) {
        var prob;
        var xs;
        if (isnan(p) || p < 0 || p > 1) {
          return NaN;
        }
        prob = p > 0.5 ? 1 - p : p;
        xs = kernelBetaincinv(v / 2, 0.5, 2 * prob, 1 - 2 * prob);
        return sign(p - 0.5) * sqrt(v * xs[1] / xs[0]);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-t-quantile/lib/index.js
var require_lib48 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-t-quantile/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib();
    var main = require_main6();
    var factory = require_factory();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/main.js
var require_main7 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/main.js"(exports, module) {
    "use strict";
    var floor = require_lib7();
    function isNonNegativeInteger(x) {
      return floor(x) === x && x >= 0;
    }
    module.exports = isNonNegativeInteger;
  }
});

// node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/index.js
var require_lib49 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main7();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/main.js
var require_main8 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/main.js"(exports, module) {
    "use strict";
    var isNonNegativeInteger = require_lib49();
    var betainc = require_lib36();
    var isnan = require_lib3();
    var floor = require_lib7();
    var PINF = require_lib4();
    function cdf(x, n, p) {
      if (isnan(x) || isnan(n) || isnan(p) || p < 0 || p > 1 || !isNonNegativeInteger(n) || n === PINF) {
        return NaN;
      }
      if (x < 0) {
        return 0;
      }
      if (x >= n) {
        return 1;
      }
      x = floor(x + 1e-7);
      return betainc(p, x + 1, n - x, true, true);
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/factory.js
var require_factory2 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var isNonNegativeInteger = require_lib49();
    var constantFunction = require_lib37();
    var betainc = require_lib36();
    var isnan = require_lib3();
    var floor = require_lib7();
    var PINF = require_lib4();
    function factory(n, p) {
      if (isnan(n) || isnan(p) || p < 0 || p > 1 || !isNonNegativeInteger(n) || n === PINF) {
        return constantFunction(NaN);
      }
      return cdf;
      function cdf(x) {
        if (isnan(x)) {
          return NaN;
        }
        if (x < 0) {
          return 0;
        }
        if (x >= n) {
          return 1;
        }
        x = floor(x + 1e-7);
        return betainc(p, x + 1, n - x, true, true);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/index.js
var require_lib50 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib();
    var main = require_main8();
    var factory = require_factory2();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// src/core/render/config-change.ts
var MAX_KEYS = 30;
function configChangeLines(report) {
  const config = report.config;
  if (!config) return [];
  const file = inlineCode(config.path);
  if (config.used === "checkout" && config.base_ref && config.base_sha256 === void 0) {
    return [
      `**Config**: there is no ${file} at the merge base ${inlineCode(config.base_ref.slice(0, 12))}, so this PR is gated with its own config.`,
      ""
    ];
  }
  const changed = config.changed ?? [];
  if (changed.length === 0) return [];
  const named = changed.slice(0, MAX_KEYS).map(inlineCode).join(", ");
  const more = changed.length > MAX_KEYS ? ` and ${changed.length - MAX_KEYS} more` : "";
  return [
    "### This PR changes the gate\u2019s config",
    "",
    `The new settings apply after merge; this PR was gated with ${file} as it is at the merge base${config.base_ref ? ` ${inlineCode(config.base_ref.slice(0, 12))}` : ""}. Keys changed: ${named}${more}.`,
    ""
  ];
}

// src/core/render/gate.ts
var STATUS_ICON = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  insufficient_data: "\u2754"
};
var STATUS_WORD = {
  pass: "pass",
  warn: "warn",
  fail: "fail",
  insufficient_data: "insufficient data"
};
var stats = (s) => s ? `${num(s.mean)} \xB1 ${num(s.std, 2)} (n=${s.n})` : "";
function checkName(c) {
  const subject = [c.metric && inlineCode(c.metric), c.slice && `on ${inlineCode(c.slice)}`].filter(Boolean).join(" ");
  return subject ? `${subject} ${c.kind}` : c.kind;
}
function changeCell(c) {
  if (c.delta === void 0) return "";
  const ci = c.test?.ci95;
  return ci ? `${signed(c.delta)} [${num(ci[0])}, ${num(ci[1])}]` : signed(c.delta);
}
function row(c) {
  const improved = c.test && (c.test.alternative === "less" ? (c.delta ?? 0) > 0 : (c.delta ?? 0) < 0);
  const p = improved ? c.test?.p_improvement_adjusted ?? c.test?.p_improvement : c.test?.p_adjusted ?? c.test?.p_value;
  const cells = [
    STATUS_ICON[c.status],
    checkName(c),
    stats(c.baseline),
    stats(c.candidate),
    changeCell(c),
    c.margin === void 0 ? "" : num(c.margin),
    c.test?.name ?? "",
    p === void 0 ? "" : pValue(p),
    STATUS_WORD[c.status]
  ];
  return `| ${cells.join(" | ")} |`;
}
var HEADLINE_VERB = {
  pass: "passed",
  fail: "failed",
  warn: "warned",
  insufficient_data: "had too little data"
};
function headline(report) {
  const failing = report.checks.filter((c) => c.status === report.verdict);
  if (report.verdict === "pass") {
    const gains = report.checks.filter((c) => c.improvement).map((c) => c.id);
    return `all ${report.checks.length} checks passed${gains.length ? `; significant improvement: ${gains.join(", ")}` : ""}.`;
  }
  const named = failing.slice(0, 10).map((c) => c.id);
  const more = failing.length > named.length ? ` and ${failing.length - named.length} more` : "";
  return `${failing.length} of ${report.checks.length} checks ${HEADLINE_VERB[report.verdict]}: ${named.join(", ")}${more}.`;
}
var side = (name, s) => `${name}: ${inlineCode(s.source)}${s.ref ? ` at ${inlineCode(s.ref.slice(0, 12))}` : ""}, ${s.n_runs} run(s)${s.sha256 ? `, sha256 ${s.sha256.slice(0, 12)}` : ""}${s.model ? `, model ${inlineCode(s.model)}` : ""}`;
function renderGateMarkdown(report, options = {}) {
  const { maxLength = Number.POSITIVE_INFINITY, fullReportAt = "the JSON report" } = options;
  const full = render(report, false, fullReportAt);
  if (full.length <= maxLength) return full;
  const compact = render(report, true, fullReportAt);
  if (compact.length <= maxLength) return compact;
  const note = `
\u2026 (cut to fit: the full report is in ${fullReportAt})
`;
  const cut = compact.lastIndexOf("\n", maxLength - note.length);
  return `${compact.slice(0, Math.max(0, cut))}${note}`;
}
function render(report, compact, fullReportAt) {
  const out = [];
  out.push(
    `## ${STATUS_ICON[report.verdict]} Sprintlab gate: ${STATUS_WORD[report.verdict]}`,
    "",
    escapeText(headline(report)),
    ""
  );
  const comparable = report.checks.filter((c) => c.baseline && c.candidate);
  const tabled = compact ? comparable.filter((c) => c.status !== "pass") : comparable;
  if (tabled.length > 0) {
    out.push(
      "| | Check | Baseline | Candidate | \u0394 [95% CI] | Margin | Test | p (adj.)\xB9 | Status |",
      "|---|---|---|---|---|---|---|---|---|"
    );
    out.push(
      ...tabled.map(row),
      "",
      "\xB9 one-sided, for the direction the metric moved: worse by more than the margin, or better.",
      ""
    );
  }
  if (compact && tabled.length < comparable.length) {
    out.push(
      `${comparable.length - tabled.length} passing comparisons are not shown here, to fit GitHub's size limit: see ${escapeText(fullReportAt)}.`,
      ""
    );
  }
  const section = (title, status) => {
    const list = report.checks.filter((c) => c.status === status);
    if (list.length === 0) return;
    out.push(
      `### ${title}`,
      "",
      ...list.map((c) => `- ${STATUS_ICON[c.status]} **${escapeCell(c.id)}**: ${escapeText(c.message)}`),
      ""
    );
  };
  section("What failed, and what to do", "fail");
  section("Warnings", "warn");
  section("Not enough data", "insufficient_data");
  const passed = report.checks.filter((c) => c.status === "pass");
  if (passed.length > 0 && compact) {
    out.push(`**Passed**: ${passed.length} checks, listed in ${escapeText(fullReportAt)}.`, "");
  } else if (passed.length > 0) {
    out.push(
      `<details><summary>Passed (${passed.length})</summary>`,
      "",
      ...passed.map((c) => `- ${STATUS_ICON.pass} **${escapeCell(c.id)}**: ${escapeText(c.message)}`),
      "",
      "</details>",
      ""
    );
  }
  out.push(...configChangeLines(report));
  if (report.notes.length > 0)
    out.push("**Notes**", "", ...report.notes.map((n) => `- ${escapeText(n)}`), "");
  out.push(
    `${side("Baseline", report.baseline)}.  `,
    `${side("Candidate", report.candidate)}.  `,
    `${testsLine(report)}.`
  );
  return `${out.join("\n")}
`;
}
function testsLine(report) {
  const sizes = /* @__PURE__ */ new Map();
  for (const c of report.checks) if (c.family) sizes.set(c.family.name, c.family.size);
  const families = [...sizes].filter(([, size]) => size > 0);
  const head = `One-sided tests of each drop against its margin at \u03B1 = ${report.alpha}`;
  if (report.correction !== "holm" || families.length === 0) return head;
  return `${head}, Holm-corrected within each family: ${families.map(([name, size]) => `${name} (${size})`).join(", ")}`;
}
function renderGateJson(report) {
  const text = JSON.stringify(
    report,
    (_key, value) => value === Number.POSITIVE_INFINITY ? "inf" : value === Number.NEGATIVE_INFINITY ? "-inf" : value,
    2
  );
  return `${text}
`;
}
function gateSummaryBlock(report) {
  const metrics = ownRecord(void 0);
  for (const c of report.checks) {
    if (c.kind === "regression" && c.metric && c.candidate) metrics[c.metric] = c.candidate.mean;
    else if (c.kind === "threshold" && c.metric && c.candidate && !(c.metric in metrics))
      metrics[c.metric] = c.candidate.mean;
  }
  return hiddenBlock("gate", { verdict: report.verdict, metrics, headline: headline(report) });
}

// src/io/files/git.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(args, cwd) {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  } catch {
    return void 0;
  }
}
async function mergeBase(a, b, cwd) {
  return (await git(["merge-base", a, b], cwd))?.trim() || void 0;
}
async function showFile(commit, path, cwd) {
  return git(["show", `${commit}:${path.replace(/^\.\//, "")}`], cwd);
}
async function repositoryRoot(cwd) {
  return (await git(["rev-parse", "--show-toplevel"], cwd))?.trim() || void 0;
}
async function commitOf(ref, cwd) {
  return (await git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd))?.trim() || void 0;
}

// src/flows/gate/baseline.ts
import { isAbsolute, relative as relative2, resolve as resolve2 } from "node:path";

// src/io/results/results.ts
import { createHash } from "node:crypto";
import { dirname, posix, relative, resolve } from "node:path";

// schemas/eval-results.schema.json
var eval_results_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/sprintlab/sprintlab/main/schemas/eval-results.schema.json",
  title: "Sprintlab eval results (sprintlab.eval/v1)",
  description: 'One JSON object: {"format": "sprintlab.eval/v1", "runs": [{"seed": 1, "metrics": {"accuracy": 0.91}}]}.',
  type: "object",
  required: ["format", "runs"],
  properties: {
    format: { const: "sprintlab.eval/v1", description: 'Set "format": "sprintlab.eval/v1".' },
    model: { type: "string", description: "The model or system evaluated." },
    dataset: {
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string" },
        version: { type: "string", description: "A content hash or version tag; results on different versions are not comparable." }
      }
    },
    source: {
      type: "object",
      description: "Where these results were read from when an adapter produced them: the tool, its version when recorded, the files and the number of runs found.",
      required: ["tool", "files", "runs"],
      properties: {
        tool: { type: "string" },
        version: { type: "string" },
        files: { type: "array", items: { type: "string" } },
        runs: { type: "integer", minimum: 0 }
      }
    },
    runs: {
      type: "array",
      minItems: 1,
      description: 'One entry per seed: add at least one run such as {"seed": 1, "metrics": {"accuracy": 0.91}}.',
      items: {
        type: "object",
        required: ["seed", "metrics"],
        properties: {
          seed: { anyOf: [{ type: "integer" }, { type: "string" }], description: "The seed of this run (unique within the file)." },
          metrics: {
            type: "object",
            minProperties: 1,
            description: 'Metric name -> finite number, e.g. {"accuracy": 0.91}.',
            additionalProperties: { type: "number" }
          },
          slices: {
            type: "object",
            description: "Slice name -> {n, metrics}.",
            additionalProperties: {
              type: "object",
              required: ["metrics"],
              properties: {
                n: { type: "integer", minimum: 0, description: "Number of eval items in the slice." },
                metrics: { type: "object", additionalProperties: { type: "number" } }
              }
            }
          },
          examples: { type: "string", description: "Path, relative to the results file, of a JSONL file with one row per eval item." }
        }
      }
    }
  }
};

// src/io/results/examples.ts
import { readFile } from "node:fs/promises";
var FIX = 'each line must be a JSON object like {"id": "q-001", "correct": true, "slice": "lang:de"} (or "score": 0.7 instead of "correct")';
function toRow(value, file, line) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError("the row is not a JSON object", { file, line, fix: FIX });
  }
  const { id, correct, score: score2, slice, cluster } = value;
  if (typeof id !== "string" && typeof id !== "number") {
    throw new InputError('the row has no "id"', { file, line, field: "id", fix: FIX });
  }
  if (correct !== void 0 && typeof correct !== "boolean") {
    throw new InputError(`"correct" must be true or false, found ${JSON.stringify(correct)}`, {
      file,
      line,
      field: "correct",
      fix: FIX
    });
  }
  if (score2 !== void 0 && (typeof score2 !== "number" || !Number.isFinite(score2))) {
    throw new InputError(`"score" must be a finite number, found ${JSON.stringify(score2)}`, {
      file,
      line,
      field: "score",
      fix: FIX
    });
  }
  if (correct === void 0 && score2 === void 0) {
    throw new InputError('the row has neither "correct" nor "score"', { file, line, fix: FIX });
  }
  const row2 = { id: String(id) };
  if (correct !== void 0) row2.correct = correct;
  if (score2 !== void 0) row2.score = score2;
  if (typeof slice === "string") row2.slice = slice;
  if (typeof cluster === "string" || typeof cluster === "number") row2.cluster = String(cluster);
  return row2;
}
var notFound = (shown, referencedFrom) => new InputError("examples file not found", {
  file: shown,
  fix: `${referencedFrom} points here; the path is relative to the results file \u2014 fix it or remove "examples"`
});
function parseLine(text, shown, line) {
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError("the row is not valid JSON", {
      file: shown,
      line,
      fix: FIX
    });
  }
}
function examplesFromJsonl(withBom, shown) {
  const text = withBom.charCodeAt(0) === 65279 ? ` ${withBom.slice(1)}` : withBom;
  const kept = text.split("\n").filter((l) => l.length > 0 && (l.charCodeAt(0) > 32 || l.trim() !== ""));
  let values;
  try {
    values = JSON.parse(`[${kept.join(",")}]`);
  } catch {
    values = void 0;
  }
  let numbers;
  const lineOf = (row2) => {
    if (!numbers) {
      numbers = [];
      const all = text.split("\n");
      for (let i = 0; i < all.length; i++) {
        const l = all[i];
        if (l.length > 0 && (l.charCodeAt(0) > 32 || l.trim() !== "")) numbers.push(i + 1);
      }
    }
    return numbers[row2];
  };
  if (!values || values.length !== kept.length) {
    values = kept.map((l, i) => parseLine(l, shown, lineOf(i)));
    const joined = values.findIndex((v) => Array.isArray(v));
    if (joined >= 0)
      throw new InputError("the row is not a JSON object", { file: shown, line: lineOf(joined), fix: FIX });
  }
  const rows = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const plain = v && v.score === void 0 && v.cluster === void 0;
    if (plain && typeof v.id === "string" && typeof v.correct === "boolean") {
      rows[i] = typeof v.slice === "string" ? { id: v.id, correct: v.correct, slice: v.slice } : { id: v.id, correct: v.correct };
    } else {
      rows[i] = toRow(v, shown, lineOf(i));
    }
  }
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i].id;
    if (seen.size === seen.add(id).size) {
      const first = rows.findIndex((r) => r.id === id);
      throw new InputError(`item id "${id}" appears twice (lines ${lineOf(first)} and ${lineOf(i)})`, {
        file: shown,
        line: lineOf(i),
        field: "id",
        fix: "write one row per eval item in each run: drop the repeated row, or give it its own id"
      });
    }
  }
  return rows;
}
async function readExamples(path, referencedFrom, shown = path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "EISDIR") {
      throw new InputError("the examples path is a directory, not a JSONL file", {
        file: shown,
        fix: `${referencedFrom} points here; name the run's JSONL file (relative to the results file)`
      });
    }
    throw notFound(shown, referencedFrom);
  }
  return examplesFromJsonl(text, shown);
}
async function examplesFromText(text, referencedFrom, shown) {
  if (text === void 0) throw notFound(shown, referencedFrom);
  return examplesFromJsonl(text, shown);
}

// src/io/results/results.ts
var FORMAT = "sprintlab.eval/v1";
function parseResults(text, file) {
  const data = parseJson(text, file, "the results file");
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const format = data.format;
    if (format !== FORMAT) {
      throw new InputError(
        format === void 0 ? 'missing "format"' : `unsupported format ${JSON.stringify(format)}`,
        {
          file,
          field: "format",
          fix: `set "format": "${FORMAT}" and follow that layout (runs[].seed, runs[].metrics); other tools' outputs need an adapter`
        }
      );
    }
  }
  assertValid(eval_results_schema_default, data, { file }, "the results file");
  const results = withOwnNames(data);
  assertFinite(results, file);
  const seen = /* @__PURE__ */ new Map();
  results.runs.forEach((run2, i) => {
    const key = String(run2.seed);
    const first = seen.get(key);
    if (first !== void 0) {
      throw new InputError(`seed ${key} appears twice (runs[${first}] and runs[${i}])`, {
        file,
        field: `runs[${i}].seed`,
        fix: "give each run its own seed, or drop the duplicate run (each seed must be an independent run)"
      });
    }
    seen.set(key, i);
  });
  return results;
}
function withOwnNames(results) {
  for (const run2 of results.runs) {
    run2.metrics = ownRecord(run2.metrics);
    if (!run2.slices) continue;
    run2.slices = ownRecord(run2.slices);
    for (const slice of Object.values(run2.slices)) slice.metrics = ownRecord(slice.metrics);
  }
  return results;
}
function assertFinite(results, file) {
  const bad = (metrics, at) => {
    for (const [name, value] of Object.entries(metrics)) {
      if (Number.isFinite(value)) continue;
      throw new InputError(`metric "${name}" is ${value}, not a finite number`, {
        file,
        field: `${at}.${name}`,
        fix: "write the value as a finite number (a literal such as 1e309 overflows to infinity); drop the run if the eval diverged"
      });
    }
  };
  results.runs.forEach((run2, i) => {
    bad(run2.metrics, `runs[${i}].metrics`);
    for (const [slice, s] of Object.entries(run2.slices ?? {}))
      bad(s.metrics, `runs[${i}].slices.${slice}.metrics`);
  });
}
var sha256 = (text) => createHash("sha256").update(text).digest("hex");
async function loadResults(path, options) {
  const { shown = path, root, ...rest } = options;
  const text = await readTextFile(
    path,
    "results file",
    "check the path (relative to the working directory), or run the eval that writes it",
    shown
  );
  return resultsFromText(text, shown, { ...rest, examples: diskExamples(root, dirname(path)) });
}
function diskExamples(root, baseDir) {
  return async (relPath, referencedFrom) => {
    const path = await workspaceFile(root, relPath, {
      key: referencedFrom,
      from: baseDir,
      maxBytes: RESULTS_MAX_BYTES
    });
    const shown = relative(root, resolve(path)).split("\\").join("/");
    return readExamples(path, referencedFrom, shown);
  };
}
function textExamples(resultsPath, read) {
  return async (relPath, referencedFrom) => {
    const path = repositoryPath(relPath, referencedFrom, posix.dirname(resultsPath));
    return examplesFromText(await read(path), referencedFrom, path);
  };
}
async function resultsFromText(text, source, options = {}) {
  const results = parseResults(text, source);
  const loaded = {
    source,
    sha256: sha256(text),
    results,
    ...options.ref ? { ref: options.ref } : {}
  };
  if (options.withExamples && results.runs.some((r) => r.examples)) {
    const read = options.examples ?? diskExamples(process.cwd(), process.cwd());
    const examples = /* @__PURE__ */ new Map();
    for (const [i, run2] of results.runs.entries()) {
      if (run2.examples)
        examples.set(String(run2.seed), await read(run2.examples, `${source} runs[${i}].examples`));
    }
    loaded.examples = examples;
  }
  return loaded;
}

// src/flows/gate/baseline.ts
function shownPath(root, path) {
  const rel = relative2(root, resolve2(root, path));
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split("\\").join("/") : path;
}
async function loadBaseline(source, root, withExamples) {
  if ("file" in source) {
    const file = await resultsFile(root, source.file);
    return loadResults(file, { root, withExamples, shown: shownPath(root, file) });
  }
  if ("none" in source) {
    return {
      source: source.none,
      sha256: "",
      ...source.ref ? { ref: source.ref } : {},
      results: { format: "sprintlab.eval/v1", runs: [] }
    };
  }
  if ("text" in source) {
    return resultsFromText(source.text, source.source, {
      withExamples,
      ...source.examples ? { examples: source.examples } : {},
      ...source.ref ? { ref: source.ref } : {}
    });
  }
  const text = await showFile(source.commit, repositoryPath(source.path, "gate.results"), root);
  if (text === void 0) {
    return loadBaseline(
      { none: `no ${source.path} at ${source.label ?? source.commit.slice(0, 12)}`, ref: source.commit },
      root,
      withExamples
    );
  }
  return resultsFromText(text, `${source.path}@${source.label ?? source.commit.slice(0, 12)}`, {
    withExamples,
    ref: source.commit,
    examples: textExamples(source.path, (path) => showFile(source.commit, path, root))
  });
}
async function mergeBaseOfRef(ref, cwd, flag) {
  const top = await repositoryRoot(cwd);
  if (!top) {
    throw new InputError(`${flag} ${ref} needs a git repository, and ${cwd} is not in one`, {
      fix: "run the gate inside your clone, or leave the flag out"
    });
  }
  if (!await commitOf(ref, top)) {
    throw new InputError(`git ref "${ref}" not found in this clone`, {
      fix: `fetch it first (e.g. "git fetch origin main" for origin/main), or name an existing branch or commit`
    });
  }
  const commit = await mergeBase(ref, "HEAD", top);
  if (!commit) {
    throw new InputError(`no merge base between ${ref} and HEAD`, {
      fix: `fetch the base branch with history (actions/checkout with fetch-depth: 0), or pass an explicit baseline file`
    });
  }
  return { top, commit };
}
async function baselineAtMergeBase(ref, path, cwd) {
  const { top, commit } = await mergeBaseOfRef(ref, cwd, "--baseline-ref");
  const inRepo = relative2(top, resolve2(cwd, path));
  if (inRepo.startsWith("..") || isAbsolute(inRepo)) {
    throw new InputError(`the candidate results ${path} are outside the repository at ${top}`, {
      fix: "pass a results file inside the clone, or --baseline FILE"
    });
  }
  return { commit, path: inRepo.split("\\").join("/"), label: `merge-base(${ref})` };
}
var resultsFile = (root, named) => workspaceFile(root, named.path, { ...named, maxBytes: RESULTS_MAX_BYTES });
async function baselineAt(base, path) {
  const file = repositoryPath(path, "gate.results");
  const label = `merge base ${base.commit.slice(0, 7)}`;
  const text = await base.read(file);
  if (text === void 0) return { none: `no ${file} at ${label}`, ref: base.commit };
  return { text, source: `${file}@${label}`, ref: base.commit, examples: textExamples(file, base.read) };
}

// src/flows/gate/config.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/core/gate/config-change.ts
var isMapping = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function changedConfigKeys(before, after, prefix = "") {
  if (!isMapping(before) || !isMapping(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix || "(whole file)"];
  }
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const has = (o) => Object.hasOwn(o, key);
    if (!has(before) || !has(after)) return [path];
    return changedConfigKeys(before[key], after[key], path);
  });
}
var withConfigProvenance = (report, config) => ({
  ...report,
  config
});

// src/flows/gate/config.ts
async function checkoutText(root, path, key) {
  const file = await workspaceFile(root, path, { key, maxBytes: 1024 * 1024 });
  try {
    return await readFile2(file, "utf8");
  } catch {
    return void 0;
  }
}
async function gateConfig(checkout, configFile, base, key = "config") {
  const path = repositoryPath(configFile, key);
  const local = typeof checkout === "string" ? await checkoutText(checkout, path, key) : await checkout(path);
  const theirs = local === void 0 ? void 0 : parseConfig(local, path);
  const baseText = base ? await base.read(path) : void 0;
  if (base && baseText !== void 0) {
    const config = parseConfig(baseText, `${path}@merge base ${base.commit.slice(0, 7)}`);
    return {
      config,
      provenance: {
        path,
        used: "base",
        base_ref: base.commit,
        base_sha256: sha256(baseText),
        ...local === void 0 ? {} : { checkout_sha256: sha256(local) },
        changed: changedConfigKeys(config, theirs ?? {})
      }
    };
  }
  if (local === void 0 || theirs === void 0) {
    throw new InputError("configuration file not found", {
      file: path,
      fix: `create ${DEFAULT_CONFIG_PATH} (see the README's configuration reference) or name yours with ${key}`
    });
  }
  return {
    config: theirs,
    provenance: {
      path,
      used: "checkout",
      ...base ? { base_ref: base.commit } : {},
      checkout_sha256: sha256(local)
    }
  };
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function sum(x) {
  if (x.length === 0) {
    return 0;
  }
  var sum2 = x[0];
  var correction = 0;
  var transition;
  if (typeof sum2 !== "number") {
    return Number.NaN;
  }
  for (var i = 1; i < x.length; i++) {
    if (typeof x[i] !== "number") {
      return Number.NaN;
    }
    transition = sum2 + x[i];
    if (Math.abs(sum2) >= Math.abs(x[i])) {
      correction += sum2 - transition + x[i];
    } else {
      correction += x[i] - transition + sum2;
    }
    sum2 = transition;
  }
  return sum2 + correction;
}
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum(x) / x.length;
}
function sumNthPowerDeviations(x, n) {
  var meanValue = mean(x);
  var sum2 = 0;
  var tempValue;
  var i;
  if (n === 2) {
    for (i = 0; i < x.length; i++) {
      tempValue = x[i] - meanValue;
      sum2 += tempValue * tempValue;
    }
  } else {
    for (i = 0; i < x.length; i++) {
      sum2 += Math.pow(x[i] - meanValue, n);
    }
  }
  return sum2;
}
function sampleVariance(x) {
  if (x.length < 2) {
    throw new Error("sampleVariance requires at least two data points");
  }
  var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);
  var besselsCorrection = x.length - 1;
  return sumSquaredDeviationsValue / besselsCorrection;
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var COEFFICIENTS = [
  0.9999999999999971,
  57.15623566586292,
  -59.59796035547549,
  14.136097974741746,
  -0.4919138160976202,
  3399464998481189e-20,
  4652362892704858e-20,
  -9837447530487956e-20,
  1580887032249125e-19,
  -21026444172410488e-20,
  21743961811521265e-20,
  -1643181065367639e-19,
  8441822398385275e-20,
  -26190838401581408e-21,
  36899182659531625e-22
];
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
function gammaln(n) {
  if (n <= 0) {
    return Number.POSITIVE_INFINITY;
  }
  n--;
  var a = COEFFICIENTS[0];
  for (var i = 1; i < 15; i++) {
    a += COEFFICIENTS[i] / (n + i);
  }
  var tmp = g + 0.5 + n;
  return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
}
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/core/stats/scale.ts
function scaleTogether(...sides) {
  let largest = 0;
  for (const side3 of sides) for (const x of side3) largest = Math.max(largest, Math.abs(x));
  const scale = largest > 0 && Number.isFinite(largest) ? largest : 1;
  return { scale, samples: sides.map((side3) => side3.map((x) => x / scale)) };
}

// src/core/stats/describe.ts
function describe(values) {
  if (values.length === 0) {
    throw new RangeError("describe() needs at least one value");
  }
  const {
    scale,
    samples: [list = []]
  } = scaleTogether(values);
  const n = list.length;
  return { n, mean: mean(list) * scale, std: n < 2 ? 0 : Math.sqrt(sampleVariance(list)) * scale };
}
function sampleVarianceOrNaN(values) {
  return values.length < 2 ? Number.NaN : sampleVariance(values);
}
function meanOrNaN(values) {
  return values.length === 0 ? Number.NaN : mean(values);
}

// src/core/stats/effect.ts
var import_stats_base_dists_t_quantile = __toESM(require_lib48(), 1);

// src/core/stats/two-sample.ts
function scaledMoments(a, b) {
  const {
    scale,
    samples: [sa = [], sb = []]
  } = scaleTogether(a, b);
  return {
    scale,
    nA: a.length,
    nB: b.length,
    meanA: meanOrNaN(sa),
    meanB: meanOrNaN(sb),
    varA: sampleVarianceOrNaN(sa),
    varB: sampleVarianceOrNaN(sb)
  };
}
var pooledVariance = (m) => ((m.nA - 1) * m.varA + (m.nB - 1) * m.varB) / (m.nA + m.nB - 2);

// src/core/stats/t-tails.ts
var import_stats_base_dists_t_cdf = __toESM(require_lib38(), 1);
function tTails(t, df) {
  if (Number.isNaN(t) || Number.isNaN(df)) {
    return { pGreater: Number.NaN, pLess: Number.NaN, pTwoSided: Number.NaN };
  }
  const pLess = (0, import_stats_base_dists_t_cdf.default)(t, df);
  const pGreater = (0, import_stats_base_dists_t_cdf.default)(-t, df);
  const pTwoSided = Math.min(1, 2 * (0, import_stats_base_dists_t_cdf.default)(-Math.abs(t), df));
  return { pGreater, pLess, pTwoSided };
}

// src/core/stats/welch.ts
function welch(a, b, shift = 0) {
  const { scale, nA, nB, meanA: mA, meanB: mB, varA: vA, varB: vB } = scaledMoments(a, b);
  const seA = vA / nA;
  const seB = vB / nB;
  const se2 = seA + seB;
  const t = (mA - mB - shift / scale) / Math.sqrt(se2);
  const shareA = seA / se2;
  const shareB = seB / se2;
  const satterthwaite = 1 / (shareA * shareA / (nA - 1) + shareB * shareB / (nB - 1));
  const df = se2 === 0 ? 1 : satterthwaite;
  return {
    nA,
    nB,
    meanA: mA * scale,
    meanB: mB * scale,
    varA: vA * scale * scale,
    varB: vB * scale * scale,
    se: Math.sqrt(se2) * scale,
    t,
    df,
    ...tTails(t, df)
  };
}

// src/core/stats/effect.ts
function hedgesG(a, b) {
  const m = scaledMoments(a, b);
  const d = (m.meanA - m.meanB) / Math.sqrt(pooledVariance(m));
  return d * hedgesCorrection(m.nA + m.nB - 2);
}
function hedgesCorrection(df) {
  return Math.exp(gammaln(df / 2) - gammaln((df - 1) / 2)) / Math.sqrt(df / 2);
}
function tInterval(estimate, se, df, level = 0.95) {
  const half = se === 0 ? 0 : (0, import_stats_base_dists_t_quantile.default)(1 - (1 - level) / 2, df) * se;
  return [estimate - half, estimate + half];
}

// src/core/stats/holm.ts
function holm(pValues) {
  const order = pValues.map((p, index) => ({ p, index })).filter(({ p }) => !Number.isNaN(p)).sort((x, y) => x.p - y.p || x.index - y.index);
  const m = order.length;
  const adjusted = pValues.map(() => Number.NaN);
  let running = 0;
  order.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}

// src/core/stats/paired.ts
var import_stats_base_dists_binomial_cdf = __toESM(require_lib50(), 1);
function pairItems(candidate, baseline, outcome) {
  const baselineById = indexById(baseline, "baseline");
  const pairs = [];
  const seen = /* @__PURE__ */ new Set();
  for (const row2 of candidate) {
    if (seen.has(row2.id)) throw duplicateId(row2.id, "candidate");
    seen.add(row2.id);
    const match = baselineById.get(row2.id);
    if (match) pairs.push([row2, match]);
  }
  if (pairs.length === 0) return null;
  const use = outcome ?? (pairs.every(([c, b]) => isBinary(c) && isBinary(b)) ? "correct" : "score");
  const differences = new Array(pairs.length);
  let candidateWorse = 0;
  let candidateBetter = 0;
  pairs.forEach(([c, b], i) => {
    if (use === "correct") {
      if (!isBinary(c) || !isBinary(b)) throw missingOutcome(isBinary(c) ? b : c, "correct", "a true/false");
      differences[i] = Number(c.correct) - Number(b.correct);
      if (differences[i] > 0) candidateBetter++;
      else if (differences[i] < 0) candidateWorse++;
    } else {
      if (!isScored(c) || !isScored(b))
        throw missingOutcome(isScored(c) ? b : c, "score", "a finite numeric");
      differences[i] = c.score - b.score;
    }
  });
  const clustered = pairs.every(([c, b]) => (b.cluster ?? c.cluster) !== void 0);
  return {
    outcome: use,
    differences,
    ...clustered ? { clusters: pairs.map(([c, b]) => b.cluster ?? c.cluster) } : {},
    candidateWorse,
    candidateBetter
  };
}
function itemTest(pairs, shift = 0) {
  if (pairs.clusters) return clusteredT(pairs.differences, pairs.clusters, shift);
  if (pairs.outcome === "correct" && shift === 0)
    return mcnemarExact(pairs.candidateWorse, pairs.candidateBetter, pairs.differences.length);
  return pairedT(pairs.differences, shift);
}
function mcnemarExact(candidateWorse, candidateBetter, n) {
  const discordantCount = candidateWorse + candidateBetter;
  const pLess = discordantCount === 0 ? 1 : (0, import_stats_base_dists_binomial_cdf.default)(candidateBetter, discordantCount, 0.5);
  const pGreater = discordantCount === 0 ? 1 : (0, import_stats_base_dists_binomial_cdf.default)(candidateWorse, discordantCount, 0.5);
  return {
    name: "mcnemar-exact",
    n,
    statistic: candidateBetter,
    pLess,
    pGreater,
    pTwoSided: Math.min(1, 2 * Math.min(pLess, pGreater)),
    meanDiff: n === 0 ? Number.NaN : (candidateBetter - candidateWorse) / n,
    discordant: { candidateWorse, candidateBetter }
  };
}
function pairedT(differences, shift = 0) {
  const n = differences.length;
  const {
    scale,
    samples: [list = []]
  } = scaleTogether(differences);
  const meanDiff = n === 0 ? Number.NaN : mean(list);
  const variance = n < 2 ? Number.NaN : sampleVariance(list);
  const se = Math.sqrt(variance / n);
  const statistic = (meanDiff - shift / scale) / se;
  const df = n - 1;
  return {
    name: "paired-t",
    n,
    statistic,
    df,
    se: se * scale,
    meanDiff: meanDiff * scale,
    ...tTails(statistic, n < 2 ? Number.NaN : df)
  };
}
function clusteredT(differences, clusters, shift = 0) {
  const n = differences.length;
  const {
    scale,
    samples: [list = []]
  } = scaleTogether(differences);
  const meanDiff = n === 0 ? Number.NaN : mean(list);
  const residualSums = /* @__PURE__ */ new Map();
  list.forEach((d, i) => {
    const g2 = clusters[i];
    residualSums.set(g2, (residualSums.get(g2) ?? 0) + d - meanDiff);
  });
  const groups = residualSums.size;
  let sumOfSquares = 0;
  for (const s of residualSums.values()) sumOfSquares += s * s;
  const se = groups < 2 ? Number.NaN : Math.sqrt(groups / (groups - 1) * sumOfSquares / (n * n));
  const statistic = (meanDiff - shift / scale) / se;
  const df = groups - 1;
  return {
    name: "clustered-t",
    n,
    statistic,
    df,
    se: se * scale,
    clusters: groups,
    meanDiff: meanDiff * scale,
    ...tTails(statistic, groups < 2 ? Number.NaN : df)
  };
}
function indexById(rows, side3) {
  const byId = /* @__PURE__ */ new Map();
  for (const row2 of rows) {
    if (byId.has(row2.id)) throw duplicateId(row2.id, side3);
    byId.set(row2.id, row2);
  }
  return byId;
}
var isBinary = (row2) => typeof row2.correct === "boolean";
var isScored = (row2) => typeof row2.score === "number" && Number.isFinite(row2.score);
function duplicateId(id, side3) {
  return new InputError(`item id "${id}" appears more than once in the ${side3} examples`, {
    field: "id",
    fix: "give each eval item exactly one row per examples file"
  });
}
function missingOutcome(row2, field, kind) {
  return new InputError(`item "${row2.id}" has no ${kind} "${field}", so it cannot be compared item by item`, {
    field,
    fix: `give every row of both examples files ${kind} "${field}" (or the same outcome field on both sides)`
  });
}

// src/core/stats/power.ts
var import_stats_base_dists_t_cdf2 = __toESM(require_lib38(), 1);
var import_stats_base_dists_t_quantile2 = __toESM(require_lib48(), 1);
var SEEDS_FOR_POWER_CAP = 1e4;
function seedsForPower(question) {
  const { delta, sdA, sdB, alpha, power = 0.8, sides } = question;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be between 0 and 1, got ${power}`);
  if (sides !== 1 && sides !== 2) throw new RangeError(`sides must be 1 or 2, got ${String(sides)}`);
  if (!Number.isFinite(delta) || delta === 0 || !Number.isFinite(sdA) || !Number.isFinite(sdB)) return null;
  const varA = sdA * sdA;
  const varB = sdB * sdB;
  if (varA + varB === 0) return 2;
  const shareA = varA / (varA + varB);
  const shareB = varB / (varA + varB);
  const powerAt = (n) => {
    const df = (n - 1) / (shareA * shareA + shareB * shareB);
    const shift = Math.abs(delta) / Math.sqrt((varA + varB) / n);
    const critical = (0, import_stats_base_dists_t_quantile2.default)(1 - alpha / sides, df);
    const upper = (0, import_stats_base_dists_t_cdf2.default)(shift - critical, df);
    return sides === 2 ? upper + (0, import_stats_base_dists_t_cdf2.default)(-critical - shift, df) : upper;
  };
  if (powerAt(SEEDS_FOR_POWER_CAP) < power) return null;
  let low = 2;
  let high = SEEDS_FOR_POWER_CAP;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (powerAt(mid) >= power) high = mid;
    else low = mid + 1;
  }
  return low;
}
function itemsForPower(question) {
  const { n, se, delta, alpha, power } = question;
  if (!(Number.isFinite(se) && se > 0 && Number.isFinite(delta) && delta !== 0)) return null;
  const df = Math.max(1, n - 1);
  const needed = (0, import_stats_base_dists_t_quantile2.default)(1 - alpha, df) + (0, import_stats_base_dists_t_quantile2.default)(power, df);
  return Math.ceil(n * (needed * se / Math.abs(delta)) ** 2);
}

// src/core/stats/student.ts
function studentT(a, b, shift = 0) {
  const m = scaledMoments(a, b);
  const { nA, nB, scale } = m;
  const df = nA + nB - 2;
  const se = Math.sqrt(pooledVariance(m) * (1 / nA + 1 / nB));
  const t = (m.meanA - m.meanB - shift / scale) / se;
  return { t, df, se: se * scale, ...tTails(t, nA < 2 || nB < 2 ? Number.NaN : df) };
}

// src/core/gate/settings.ts
function gateSettings(config, goldenIds) {
  const metrics = ownRecord(config?.metrics);
  if (Object.keys(metrics).length === 0) {
    throw new InputError("the gate has no metrics to compare", {
      field: "gate.metrics",
      fix: 'add at least one metric under gate.metrics, e.g. "accuracy: { goal: maximize, max_regression: 0.01 }"'
    });
  }
  const lists = [
    ["gate.slices.metrics", config?.slices?.metrics],
    ["gate.consistency.metrics", config?.consistency?.metrics],
    ["gate.primary", config?.primary]
  ];
  for (const [field, names] of lists) {
    for (const name of names ?? []) {
      if (name in metrics) continue;
      const guess = nearest(name, Object.keys(metrics));
      throw new InputError(`${field} names "${name}", which is not in gate.metrics`, {
        field,
        fix: guess ? `did you mean "${guess}"? List only metrics configured under gate.metrics` : `list only metrics configured under gate.metrics (${Object.keys(metrics).join(", ")}), or add a rule for "${name}" there`
      });
    }
  }
  const alpha = config?.alpha ?? 0.05;
  const withMargin = Object.keys(metrics).filter((m) => metrics[m]?.max_regression !== void 0);
  const primary = config?.primary ?? (withMargin.length > 0 ? withMargin : Object.keys(metrics));
  const settings = {
    alpha,
    // Twice alpha: Holm then keeps "warn or fail" on a no-change PR near 2 alpha per family.
    warnAlpha: Math.max(alpha, config?.warn_alpha ?? Math.min(1, 2 * alpha)),
    correction: config?.correction ?? "holm",
    power: config?.power ?? 0.8,
    primary: new Set(primary),
    metrics,
    slices: {
      minSize: config?.slices?.min_size ?? 30,
      ...config?.slices?.max_regression !== void 0 ? { maxRegression: config.slices.max_regression } : {},
      ...config?.slices?.metrics ? { metrics: config.slices.metrics } : {}
    },
    paired: config?.paired ?? true,
    consistency: ownRecord(void 0)
  };
  const shared = config?.consistency?.max_std;
  const sharedFor = new Set(config?.consistency?.metrics ?? Object.keys(metrics));
  for (const [name, rule] of Object.entries(metrics)) {
    const maxStd = rule.max_std ?? (sharedFor.has(name) ? shared : void 0);
    if (maxStd !== void 0) settings.consistency[name] = maxStd;
  }
  if (goldenIds) settings.golden = { ids: goldenIds, maxFlips: config?.golden?.max_flips ?? 0 };
  return settings;
}
function marginInUnits(margin, baselineMean) {
  if (margin === void 0) return 0;
  if (typeof margin === "number") return margin;
  return Number.parseFloat(margin) / 100 * Math.abs(baselineMean);
}
function resolutionInUnits(resolution, means) {
  const size = Math.max(...means.map(Math.abs));
  if (resolution === void 0) return 1e-9 * size;
  if (typeof resolution === "number") return resolution;
  return Number.parseFloat(resolution) / 100 * size;
}
var worsening = (goal, delta) => goal === "maximize" ? -delta : delta;

// src/core/gate/compare.ts
var side2 = (values) => {
  const d = describe(values);
  return { n: d.n, mean: d.mean, std: d.std };
};
var spread = (values) => Math.max(...values) - Math.min(...values);
function compare(input) {
  const { baseline, candidate, goal } = input;
  const b = side2(baseline);
  const c = side2(candidate);
  const delta = c.mean - b.mean;
  const margin = marginInUnits(input.margin, b.mean);
  const base = { baseline: b, candidate: c, delta, margin };
  const alternative = goal === "maximize" ? "less" : "greater";
  const nullDelta = goal === "maximize" ? -margin : margin;
  const seeded = baseline.length >= 2 && candidate.length >= 2;
  const resolution = resolutionInUnits(input.resolution, [b.mean, c.mean]);
  if (seeded && spread(baseline) <= resolution && spread(candidate) <= resolution) {
    return {
      ...base,
      resolution,
      test: {
        name: "deterministic",
        why: `both sides are constant across their ${b.n} and ${c.n} runs (a deterministic eval): the change is compared with the margin directly, within a resolution of ${resolution.toPrecision(2)}, without a p-value`,
        alternative,
        null_delta: nullDelta
      }
    };
  }
  if (seeded) {
    const bothTests = (shift) => {
      const w = welch(candidate, baseline, shift);
      const s = studentT(candidate, baseline, shift);
      const pW = goal === "maximize" ? w.pLess : w.pGreater;
      const pS = goal === "maximize" ? s.pLess : s.pGreater;
      return { w, s, pW, pS };
    };
    const drop = bothTests(nullDelta);
    const noChange = bothTests(0);
    const pBetterW = goal === "maximize" ? noChange.w.pGreater : noChange.w.pLess;
    const pBetterS = goal === "maximize" ? noChange.s.pGreater : noChange.s.pLess;
    const studentDecides = drop.pS > drop.pW;
    const decider = studentDecides ? drop.s : drop.w;
    return {
      ...base,
      test: {
        name: studentDecides ? "student" : "welch",
        why: `${b.n} baseline and ${c.n} candidate seeds: Welch's and Student's t-tests on the per-seed values, the larger p deciding (Welch runs liberal when one side has few seeds, Student when the spreads differ; requiring both keeps false fails at alpha at any split)`,
        alternative,
        null_delta: nullDelta,
        t: decider.t,
        df: decider.df,
        p_value: Math.max(drop.pW, drop.pS),
        p_improvement: Math.max(pBetterW, pBetterS),
        hedges_g: hedgesG(candidate, baseline),
        ci95: tInterval(delta, decider.se, decider.df)
      }
    };
  }
  if (baseline.length === 1 && candidate.length === 1 && input.items) {
    const shifted = itemTest(input.items, nullDelta);
    const plain = itemTest(input.items, 0);
    const n = input.items.differences.length;
    const spreadTest = shifted.se === void 0 ? pairedT(input.items.differences) : shifted;
    const why = shifted.name === "clustered-t" ? `one run a side with ${n} paired items in ${shifted.clusters} clusters: the paired test on the per-item differences with cluster-robust standard errors (items of one cluster are not independent)` : shifted.name === "mcnemar-exact" ? `one run a side with ${n} paired right/wrong items and no margin: McNemar's exact test on the items only one side got right` : `one run a side with ${n} paired items: the paired t-test on the per-item differences${input.items.outcome === "correct" ? " (against a margin, McNemar has no exact form)" : ""}`;
    return {
      ...base,
      items: { n, se: spreadTest.se ?? Number.NaN },
      test: {
        name: shifted.name,
        why,
        alternative,
        null_delta: nullDelta,
        ...shifted.name === "mcnemar-exact" ? {} : { t: shifted.statistic, df: shifted.df ?? Number.NaN },
        p_value: goal === "maximize" ? shifted.pLess : shifted.pGreater,
        p_improvement: goal === "maximize" ? plain.pGreater : plain.pLess,
        ci95: tInterval(spreadTest.meanDiff, spreadTest.se ?? Number.NaN, spreadTest.df ?? Number.NaN)
      }
    };
  }
  return { ...base, test: null };
}

// src/core/gate/consistency.ts
function consistencyCheck(metric, values, maxStd) {
  const d = describe(values);
  const base = {
    id: `consistency:${metric}`,
    kind: "consistency",
    metric,
    status: "pass",
    blocking: true,
    candidate: { n: d.n, mean: d.mean, std: d.std },
    max_std: maxStd,
    message: ""
  };
  if (d.n < 2) {
    return {
      ...base,
      status: "insufficient_data",
      message: `${metric}: one candidate seed; consistency needs at least 2. Run more seeds.`
    };
  }
  if (d.std > maxStd) {
    return {
      ...base,
      status: "fail",
      message: `${metric} varies across the candidate's ${d.n} seeds with std ${num(d.std)}, above the allowed ${num(maxStd)}. Find the source of variance (data order, nondeterministic kernels, learning rate) or raise gate.consistency.max_std.`
    };
  }
  return { ...base, message: `${metric} std across ${d.n} seeds is ${num(d.std)} (allowed ${num(maxStd)}).` };
}

// src/core/gate/golden.ts
var isRight = (row2) => row2.correct !== void 0 ? row2.correct : (row2.score ?? 0) >= 0.5;
function outcomes(examples, golden) {
  const bySeed = /* @__PURE__ */ new Map();
  for (const [seed, rows] of examples) {
    const m = /* @__PURE__ */ new Map();
    for (const r of rows) if (golden.has(r.id)) m.set(r.id, isRight(r));
    bySeed.set(seed, m);
  }
  return bySeed;
}
function goldenCheck(ids, maxFlips, baseline, candidate) {
  const base = { id: "golden", kind: "golden", status: "pass", blocking: true, message: "" };
  if (!baseline?.size || !candidate?.size) {
    const side3 = !baseline?.size ? "baseline" : "candidate";
    return {
      check: {
        ...base,
        status: "insufficient_data",
        message: `golden examples need per-item rows on both sides, and the ${side3} runs have no "examples" file. Write per-item JSONL for each run.`
      },
      unprotected: 0,
      unknown: []
    };
  }
  const golden = new Set(ids);
  const baseOutcomes = [...outcomes(baseline, golden).values()];
  const candOutcomes = [...outcomes(candidate, golden).entries()];
  const flips = [];
  let unprotected = 0;
  const unknown = [];
  for (const id of ids) {
    if (!baseOutcomes.every((runs) => runs.get(id) === true)) {
      unprotected++;
      if (baseOutcomes.every((runs) => !runs.has(id))) unknown.push(id);
      continue;
    }
    const seeds = candOutcomes.filter(([, runs]) => runs.get(id) !== true).map(([seed]) => seed);
    if (seeds.length > 0) flips.push({ id, seeds });
  }
  const protectedCount = ids.length - unprotected;
  const list = flips.slice(0, 20).map((f) => `${f.id} (seed ${f.seeds.join(", ")})`).join("; ");
  if (flips.length > maxFlips) {
    return {
      check: {
        ...base,
        status: "fail",
        flips,
        message: `${flips.length} of ${protectedCount} golden examples flipped from right to wrong${maxFlips ? ` (${maxFlips} tolerated)` : ""}: ${list}${flips.length > 20 ? " \u2026" : ""}. Look at these items before merging.`
      },
      unprotected,
      unknown
    };
  }
  return {
    check: {
      ...base,
      flips,
      message: flips.length === 0 ? `all ${protectedCount} golden examples stay right on every candidate seed.` : `${flips.length} golden flip(s), within the ${maxFlips} tolerated: ${list}.`
    },
    unprotected,
    unknown
  };
}

// src/core/gate/paired.ts
function itemOutcomes(examples) {
  const runs = [...examples.values()];
  if (runs.length === 1) return runs[0];
  const sums = /* @__PURE__ */ new Map();
  for (const rows of runs) {
    for (const row2 of rows) {
      const value = row2.score ?? (isRight(row2) ? 1 : 0);
      const s = sums.get(row2.id);
      if (s) {
        s.total += value;
        s.n++;
      } else sums.set(row2.id, { total: value, n: 1, cluster: row2.cluster });
    }
  }
  return [...sums].map(([id, s]) => ({
    id,
    score: s.total / s.n,
    ...s.cluster !== void 0 ? { cluster: s.cluster } : {}
  }));
}
function perItemMean(examples) {
  let total = 0;
  let runs = 0;
  for (const rows of examples.values()) {
    if (rows.length === 0) continue;
    let sum2 = 0;
    for (const row2 of rows) sum2 += row2.score ?? (isRight(row2) ? 1 : 0);
    total += sum2 / rows.length;
    runs++;
  }
  return runs === 0 ? Number.NaN : total / runs;
}
function pairedItems(baseline, candidate) {
  if (!baseline?.size || !candidate?.size) return void 0;
  const b = itemOutcomes(baseline);
  const c = itemOutcomes(candidate);
  const binary = b.every((r) => r.correct !== void 0) && c.every((r) => r.correct !== void 0);
  const pairs = pairItems(c, b, binary ? "correct" : "score");
  if (!pairs) return void 0;
  const result = itemTest(pairs);
  return {
    pairs,
    figures: {
      name: result.name,
      n: result.n,
      p_value: result.pLess,
      p_improvement: result.pGreater,
      mean_diff: result.meanDiff,
      ...result.discordant ? {
        discordant: {
          candidate_worse: result.discordant.candidateWorse,
          candidate_better: result.discordant.candidateBetter
        }
      } : {}
    }
  };
}

// src/core/gate/regression.ts
function pendingTest(kind, metric, rule, comparison, family, slice) {
  return {
    id: slice ? `slice:${slice}:${metric}` : `regression:${metric}`,
    kind,
    metric,
    ...slice ? { slice } : {},
    rule,
    comparison,
    family,
    marginKey: kind === "slice" ? "gate.slices.max_regression" : `gate.metrics.${metric}.max_regression`
  };
}
function regressionCheck(pending, adjusted, settings) {
  const { comparison: c, rule, metric } = pending;
  const { margin } = c;
  const label = pending.slice ? `${metric} on slice ${pending.slice}` : metric;
  const base = {
    id: pending.id,
    kind: pending.kind,
    metric,
    ...pending.slice ? { slice: pending.slice } : {},
    status: "pass",
    blocking: true,
    baseline: c.baseline,
    candidate: c.candidate,
    delta: c.delta,
    margin,
    message: ""
  };
  if (!c.test) {
    const single = c.baseline.n === 1 && c.candidate.n === 1;
    return {
      ...base,
      status: "insufficient_data",
      message: `${label}: ${c.baseline.n} baseline and ${c.candidate.n} candidate seed(s); the regression test needs at least 2 on each side${single ? ', or one run a side with per-item rows ("examples") on the same ids' : ""}. Run the eval with more seeds.`
    };
  }
  const worse = worsening(rule.goal, c.delta);
  const direction = rule.goal === "maximize" ? c.delta < 0 ? "fell" : "rose" : c.delta > 0 ? "rose" : "fell";
  const moved = c.delta === 0 ? `${label} is unchanged at ${num(c.candidate.mean)}` : `${label} ${direction} ${change(c.delta, c.baseline.mean, c.candidate.mean)}, ${num(c.baseline.mean)} \u2192 ${num(c.candidate.mean)}`;
  if (c.resolution !== void 0) return deterministicCheck(base, c.resolution, worse, label, moved, pending);
  const test = {
    ...c.test,
    p_adjusted: adjusted.pWorse,
    p_improvement_adjusted: adjusted.pBetter
  };
  const holm2 = settings.correction === "holm";
  const checked = { ...base, test, family: adjusted.family };
  const against = margin > 0 ? `worse by more than the allowed ${num(margin)}` : "worse";
  const pText = `${test.name}, p = ${pValue(c.test.p_value)} for ${against}${holm2 ? `, Holm-adjusted ${pValue(adjusted.pWorse)} in the ${adjusted.family.name} family of ${adjusted.family.size}` : ""}`;
  if (worse > margin && adjusted.pWorse < settings.alpha) {
    return {
      ...checked,
      status: "fail",
      message: `${moved}: significantly ${against} (${pText}, below \u03B1 = ${settings.alpha}). Fix the regression, or if it is an accepted trade-off raise ${pending.marginKey}.`
    };
  }
  if (worse > margin && adjusted.pWorse < settings.warnAlpha) {
    const advice = c.items ? itemAdvice(c, worse - margin, adjusted.family.size, settings) : seedAdvice(c, worse - margin, adjusted.family.size, settings, pending.marginKey);
    return {
      ...checked,
      status: "warn",
      ...advice.figures,
      message: `${moved}: beyond the allowed ${num(margin)}, and suggestive but not conclusive (${pText}; failing needs below ${settings.alpha}). ${advice.text}`
    };
  }
  const improvement = worse < 0 && adjusted.pBetter < settings.alpha;
  const tail = improvement ? `a significant improvement (p = ${pValue(c.test.p_improvement)}${holm2 ? `, adjusted ${pValue(adjusted.pBetter)}` : ""})` : worse > margin ? `beyond the allowed ${num(margin)}, but the test cannot tell it from noise (${pText})` : worse > 0 ? `within the allowed ${num(margin)}` : "no worse than the baseline";
  return { ...checked, ...improvement ? { improvement: true } : {}, message: `${moved}: ${tail}.` };
}
function deterministicCheck(base, resolution, worse, label, moved, pending) {
  const checked = { ...base, test: pending.comparison.test, deterministic: true, resolution };
  const margin = base.margin ?? 0;
  const where = "Deterministic eval (both sides constant across runs), no p-value";
  if (Math.abs(worse) <= resolution) {
    return {
      ...checked,
      message: `${label} is unchanged at ${num(base.candidate?.mean)} (within the resolution ${num(resolution)}). ${where}.`
    };
  }
  if (worse - margin > resolution) {
    return {
      ...checked,
      status: "fail",
      message: `${moved}: worse than the allowed ${num(margin)}. ${where}: every run gives this result, so the drop is real. Fix the regression, or if it is an accepted trade-off raise ${pending.marginKey}.`
    };
  }
  if (worse > 0) return { ...checked, message: `${moved}: within the allowed ${num(margin)}. ${where}.` };
  return { ...checked, improvement: true, message: `${moved}: an improvement. ${where}.` };
}
function seedAdvice(c, beyond, familySize, settings, marginKey) {
  const sd = (s) => Number.isFinite(s.std) ? s.std : 0;
  const seeds = seedsForPower({
    delta: beyond,
    sdA: sd(c.candidate),
    sdB: sd(c.baseline),
    alpha: settings.alpha / Math.max(1, familySize),
    power: settings.power,
    sides: 1
  });
  const power = `${Math.round(settings.power * 100)}% power`;
  const text = seeds === null ? `Not even ${SEEDS_FOR_POWER_CAP.toLocaleString("en-US")} seeds per side would tell a drop this far beyond the margin at ${power}: cut the noise (more eval items, a fixed data order) or, if a drop this small is acceptable, raise ${marginKey}.` : `About ${seeds} seeds per side would tell a drop this far beyond the margin at ${power}, after the correction.`;
  return { figures: { seeds_needed: seeds }, text };
}
function itemAdvice(c, beyond, familySize, settings) {
  const items = itemsForPower({
    ...c.items,
    delta: beyond,
    alpha: settings.alpha / Math.max(1, familySize),
    power: settings.power
  });
  return {
    figures: { items_needed: items },
    text: items === null ? "More paired items, or a second seed a side, would tell." : `About ${items.toLocaleString("en-US")} paired items would tell a drop this far beyond the margin at ${Math.round(settings.power * 100)}% power, after the correction.`
  };
}

// src/core/gate/threshold.ts
function thresholdCheck(metric, rule, values) {
  if (rule.min === void 0 && rule.max === void 0) return void 0;
  const d = describe(values);
  const blocking = rule.blocking === true;
  const bounds = [
    rule.min !== void 0 && `min ${num(rule.min)}`,
    rule.max !== void 0 && `max ${num(rule.max)}`
  ].filter(Boolean).join(", ");
  const breaches = (v) => rule.min !== void 0 && v < rule.min || rule.max !== void 0 && v > rule.max;
  const badSeeds = blocking ? values.filter(breaches).length : 0;
  const base = {
    id: `threshold:${metric}`,
    kind: "threshold",
    metric,
    status: "pass",
    blocking: true,
    candidate: { n: d.n, mean: d.mean, std: d.std },
    threshold: {
      ...rule.min !== void 0 ? { min: rule.min } : {},
      ...rule.max !== void 0 ? { max: rule.max } : {}
    },
    ...blocking ? { safety: true } : {},
    message: ""
  };
  if (breaches(d.mean)) {
    return {
      ...base,
      status: "fail",
      message: `${metric} mean ${num(d.mean)} breaks the ${bounds} threshold${blocking ? " of a blocking safety metric" : ""}. Bring it within bounds before merging.`
    };
  }
  if (badSeeds > 0) {
    return {
      ...base,
      status: "fail",
      message: `${metric} is a blocking safety metric: ${badSeeds} of ${d.n} seeds break the ${bounds} threshold (mean ${num(d.mean)} is within). Every seed must stay within bounds.`
    };
  }
  return { ...base, message: `${metric} mean ${num(d.mean)} is within ${bounds}.` };
}

// src/core/gate/evaluate.ts
function metricValues(loaded, metric) {
  const runs = loaded.results.runs;
  const values = runs.map((r) => r.metrics[metric]);
  const present = values.filter((v) => v !== void 0);
  if (present.length === 0) return void 0;
  if (present.length < runs.length) {
    const missing = runs.filter((r) => r.metrics[metric] === void 0).map((r) => r.seed);
    throw new InputError(`metric "${metric}" is missing from the run(s) with seed ${missing.join(", ")}`, {
      file: loaded.source,
      field: `runs[].metrics.${metric}`,
      fix: "every run must report every gated metric; re-run the eval for those seeds or drop them"
    });
  }
  return present;
}
var sliceNames = (results) => new Set(results.runs.flatMap((r) => Object.keys(r.slices ?? {})));
function sliceValues(results, slice, metric) {
  const values = [];
  let minN;
  for (const run2 of results.runs) {
    const s = run2.slices?.[slice];
    const v = s?.metrics[metric];
    if (v === void 0) continue;
    values.push(v);
    if (s?.n !== void 0) minN = minN === void 0 ? s.n : Math.min(minN, s.n);
  }
  return { values, minN };
}
function verdictOf(checks) {
  const statuses = new Set(checks.map((c) => c.status === "fail" && !c.blocking ? "warn" : c.status));
  for (const s of ["fail", "warn", "insufficient_data"]) if (statuses.has(s)) return s;
  return "pass";
}
function missingBaselineCheck(metric, candidateSeeds, noBaseline) {
  const describe2 = candidateSeeds === 1 ? "1 candidate seed" : `${candidateSeeds} candidate seeds`;
  return {
    id: `regression:${metric}`,
    kind: "regression",
    metric,
    status: "insufficient_data",
    blocking: true,
    message: noBaseline ? `${metric}: no baseline results (${noBaseline}), so there is nothing to compare the ${describe2} with; thresholds still apply. Once these results are merged, later PRs are compared against them.` : `${metric}: the baseline has 0 seeds of this metric (a new metric?) and the candidate ${describe2}, so no regression test ran. Report ${metric} in the baseline results, or merge these so later PRs compare against them.`
  };
}
function metricOfRows(candidateMeans, settings, rowsMean) {
  let best;
  let bestGap = 0.02;
  for (const [metric, mean2] of candidateMeans) {
    if (settings.metrics[metric]?.goal !== "maximize") continue;
    const gap = Math.abs(mean2 - rowsMean);
    if (gap <= bestGap) {
      best = metric;
      bestGap = gap;
    }
  }
  return best;
}
function adjustByFamily(pending, settings) {
  const pWorse = pending.map((p) => p.comparison.test?.p_value ?? Number.NaN);
  const pBetter = pending.map((p) => p.comparison.test?.p_improvement ?? Number.NaN);
  const adjusted = pending.map((p, i) => ({
    pWorse: pWorse[i],
    pBetter: pBetter[i],
    family: { name: p.family, size: 0 }
  }));
  const families = /* @__PURE__ */ new Map();
  pending.forEach((p, i) => {
    const members = families.get(p.family);
    if (members) members.push(i);
    else families.set(p.family, [i]);
  });
  for (const members of families.values()) {
    const size = members.filter((i) => !Number.isNaN(pWorse[i])).length;
    const worse = holm(members.map((i) => pWorse[i]));
    const better = holm(members.map((i) => pBetter[i]));
    members.forEach((i, k) => {
      const a = adjusted[i];
      a.family.size = size;
      if (settings.correction !== "holm") return;
      a.pWorse = worse[k];
      a.pBetter = better[k];
    });
  }
  return adjusted;
}
var sideInfo = (loaded) => ({
  ...loaded.ref ? { ref: loaded.ref } : {},
  n_runs: loaded.results.runs.length,
  source: loaded.source,
  ...loaded.sha256 ? { sha256: loaded.sha256 } : {},
  ...loaded.results.model ? { model: loaded.results.model } : {},
  ...loaded.results.dataset ? { dataset: loaded.results.dataset } : {}
});
function evaluateGate({ settings, baseline, candidate, extraChecks = [] }) {
  const checks = [];
  const notes = [];
  const pending = [];
  const items = settings.paired ? pairedItems(baseline.examples, candidate.examples) : void 0;
  const candidateMeans = /* @__PURE__ */ new Map();
  for (const metric of Object.keys(settings.metrics)) {
    const values = candidate.results.runs.map((r) => r.metrics[metric]);
    if (values.length > 0 && values.every((v) => v !== void 0))
      candidateMeans.set(metric, describe(values).mean);
  }
  const rowsMetric = items && metricOfRows(candidateMeans, settings, perItemMean(candidate.examples));
  const dsB = baseline.results.dataset;
  const dsC = candidate.results.dataset;
  if (dsB && dsC && (dsB.name !== dsC.name || dsB.version && dsC.version && dsB.version !== dsC.version)) {
    checks.push({
      id: "comparability:dataset",
      kind: "comparability",
      status: "warn",
      blocking: false,
      message: `the two sides were evaluated on different data (baseline ${dsB.name}@${dsB.version ?? "?"}, candidate ${dsC.name}@${dsC.version ?? "?"}): their numbers are not comparable. Re-run the baseline on the candidate's dataset version.`
    });
  }
  for (const [metric, rule] of Object.entries(settings.metrics)) {
    const cand = metricValues(candidate, metric);
    if (!cand) {
      const known = Object.keys(candidate.results.runs[0]?.metrics ?? {});
      throw new InputError(`the gate is configured for metric "${metric}", which the results do not report`, {
        file: candidate.source,
        field: `runs[].metrics.${metric}`,
        fix: `report "${metric}" in every run, or change gate.metrics to the metrics present (${known.join(", ") || "none"})`
      });
    }
    const threshold = thresholdCheck(metric, rule, cand);
    if (threshold) checks.push(threshold);
    const base = metricValues(baseline, metric);
    if (!base) {
      const noBaseline = baseline.results.runs.length === 0;
      if (!noBaseline)
        notes.push(`${metric} is not in the baseline results (a new metric?): no regression test.`);
      checks.push(missingBaselineCheck(metric, cand.length, noBaseline ? baseline.source : void 0));
    } else {
      const comparison = compare({
        baseline: base,
        candidate: cand,
        goal: rule.goal,
        margin: rule.max_regression,
        resolution: rule.resolution,
        items: metric === rowsMetric ? items?.pairs : void 0
      });
      const family = settings.primary.has(metric) ? "primary" : "secondary";
      pending.push(pendingTest("regression", metric, rule, comparison, family));
    }
    const maxStd = settings.consistency[metric];
    if (maxStd !== void 0) checks.push(consistencyCheck(metric, cand, maxStd));
  }
  const smallSlices = /* @__PURE__ */ new Set();
  const unsized = /* @__PURE__ */ new Set();
  const candSlices = sliceNames(candidate.results);
  for (const slice of [...sliceNames(baseline.results)].filter((s) => candSlices.has(s)).sort()) {
    for (const [metric, rule] of Object.entries(settings.metrics)) {
      if (settings.slices.metrics && !settings.slices.metrics.includes(metric)) continue;
      const b = sliceValues(baseline.results, slice, metric);
      const c = sliceValues(candidate.results, slice, metric);
      if (b.values.length === 0 || c.values.length === 0) continue;
      if (b.minN === void 0 && c.minN === void 0) unsized.add(slice);
      const n = Math.min(b.minN ?? Number.POSITIVE_INFINITY, c.minN ?? Number.POSITIVE_INFINITY);
      if (n < settings.slices.minSize) {
        smallSlices.add(slice);
        continue;
      }
      const comparison = compare({
        baseline: b.values,
        candidate: c.values,
        goal: rule.goal,
        margin: settings.slices.maxRegression ?? rule.max_regression,
        resolution: rule.resolution
      });
      pending.push(pendingTest("slice", metric, rule, comparison, `slices of ${metric}`, slice));
    }
  }
  const dropped = [...sliceNames(baseline.results)].filter((s) => !candSlices.has(s)).sort();
  if (dropped.length > 0) {
    notes.push(
      `${dropped.length} baseline slice(s) are missing from the candidate results and were not compared: ${dropped.slice(0, 10).join(", ")}${dropped.length > 10 ? " \u2026" : ""}. Report them in every candidate run to keep them gated.`
    );
  }
  if (unsized.size > 0) {
    notes.push(
      `${unsized.size} slice(s) report no item count "n", so gate.slices.min_size could not apply and they were tested as they are: ${[...unsized].slice(0, 10).join(", ")}${unsized.size > 10 ? " \u2026" : ""}.`
    );
  }
  if (smallSlices.size > 0) {
    notes.push(
      `${smallSlices.size} slice(s) under gate.slices.min_size (${settings.slices.minSize} items) were not tested: ${[...smallSlices].slice(0, 10).join(", ")}${smallSlices.size > 10 ? " \u2026" : ""}.`
    );
  }
  const adjusted = adjustByFamily(pending, settings);
  const regressionChecks = pending.map((p, i) => regressionCheck(p, adjusted[i], settings));
  if (items) {
    const { figures } = items;
    const text = `Paired per-item test (${figures.name}, ${figures.n} items): p = ${pValue(figures.p_value)} for worse, ${pValue(figures.p_improvement)} for better.`;
    const check = regressionChecks.find((c) => c.kind === "regression" && c.metric === rowsMetric);
    if (check) {
      check.paired = figures;
      if (check.test?.name !== figures.name) check.message += ` ${text}`;
    } else {
      notes.push(
        `${text} No gated metric to maximize has the per-item rows' mean, so it is not attached to a regression check.`
      );
    }
  }
  checks.push(...regressionChecks);
  if (settings.golden) {
    const { check, unprotected, unknown } = goldenCheck(
      settings.golden.ids,
      settings.golden.maxFlips,
      baseline.examples,
      candidate.examples
    );
    checks.push(check);
    if (unprotected > unknown.length)
      notes.push(
        `${unprotected - unknown.length} golden id(s) were not right on every baseline seed, so they are not protected yet.`
      );
    if (unknown.length > 0)
      notes.push(
        `${unknown.length} golden id(s) are in no baseline examples row, so they protect nothing (a typo, or ids from another eval set?): ${unknown.slice(0, 10).join(", ")}${unknown.length > 10 ? " \u2026" : ""}.`
      );
  }
  checks.push(...extraChecks);
  const gated = new Set(Object.keys(settings.metrics));
  const ungated = [...new Set(candidate.results.runs.flatMap((r) => Object.keys(r.metrics)))].filter(
    (m) => !gated.has(m)
  );
  if (ungated.length > 0) notes.push(`Not gated (no rule in gate.metrics): ${ungated.join(", ")}.`);
  return {
    format: GATE_REPORT_FORMAT,
    verdict: verdictOf(checks),
    baseline: sideInfo(baseline),
    candidate: sideInfo(candidate),
    alpha: settings.alpha,
    correction: settings.correction,
    checks,
    notes
  };
}

// src/io/data/id-list.ts
import { readFile as readFile3 } from "node:fs/promises";
var MAX_ID_LENGTH = 512;
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
async function readIdList(path, field, shown = path) {
  const text = await readFile3(path, "utf8").catch(() => void 0);
  return parseIdList(text, field, shown);
}
function parseIdList(text, field, shown) {
  if (text === void 0) {
    throw new InputError("id list not found", {
      file: shown,
      field,
      fix: `create it (one id a line) or correct ${field} (the path is relative to the repository root)`
    });
  }
  const ids = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const id = raw.trim();
    if (!id || id.startsWith("#")) continue;
    if (id.length > MAX_ID_LENGTH || CONTROL.test(id)) {
      throw new InputError(`line ${i + 1} is not an eval item id (too long, or control characters)`, {
        file: shown,
        field,
        line: i + 1,
        fix: `point ${field} at a file of eval item ids, one a line (the "id" of the examples rows)`
      });
    }
    ids.push(id);
  }
  if (ids.length === 0) {
    throw new InputError("the id list has no ids", {
      file: shown,
      field,
      fix: `write one eval item id a line (the "id" of its examples rows), or remove ${field}`
    });
  }
  return ids;
}

// src/flows/gate/prepare.ts
async function idList(files, path, key) {
  if (files.trusted) return parseIdList(await files.trusted(repositoryPath(path, key)), key, path);
  const file = await workspaceFile(files.root, path, { key, maxBytes: RESULTS_MAX_BYTES });
  return readIdList(file, key, path);
}
async function prepareGate(files) {
  const { config, root } = files;
  const gate = config.gate;
  const goldenIds = gate?.golden?.ids ? await idList(files, gate.golden.ids, "gate.golden.ids") : void 0;
  let settings;
  try {
    settings = gateSettings(gate, goldenIds);
  } catch (error) {
    if (error instanceof InputError && !error.details.file)
      throw new InputError(error.message, { ...error.details, file: files.configFile });
    throw error;
  }
  const withExamples = settings.paired || settings.golden !== void 0;
  const ref = files.candidateRef ? { ref: files.candidateRef } : {};
  let candidate;
  if ("path" in files.candidate) {
    const candidateFile = await resultsFile(root, files.candidate);
    candidate = await loadResults(candidateFile, {
      root,
      withExamples,
      shown: shownPath(root, candidateFile),
      ...ref
    });
  } else candidate = await loadBaseline({ ...files.candidate, ...ref }, root, withExamples);
  const baseline = await loadBaseline(files.baseline, root, withExamples);
  if (files.trusted) return { settings, baseline, candidate, extraChecks: [] };
  const extraChecks = config.leakage ? leakageChecks(await checkConfiguredLeakage(config, root)) : [];
  return { settings, baseline, candidate, extraChecks };
}

// src/flows/gate/run-gate.ts
async function runGate(run2) {
  const prepared = await prepareGate(run2);
  const report = evaluateGate(prepared);
  return {
    report: run2.provenance ? withConfigProvenance(report, run2.provenance) : report,
    candidate: prepared.candidate
  };
}

export {
  headline,
  renderGateMarkdown,
  renderGateJson,
  gateSummaryBlock,
  mergeBase,
  showFile,
  repositoryRoot,
  sha256,
  textExamples,
  mergeBaseOfRef,
  baselineAtMergeBase,
  baselineAt,
  gateConfig,
  runGate
};
