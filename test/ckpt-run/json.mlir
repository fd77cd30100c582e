// The --json object, multiple results, scalars, --repeat, stdin input.
// RUN: ckpt-run %s --entry=main --json --repeat=3 | FileCheck %s --check-prefix=JSON
// RUN: ckpt-run %s --entry=main --json --repeat=3 --opt-level=0 | FileCheck %s --check-prefix=JSON
// RUN: cat %s | ckpt-run - --entry=main --json | FileCheck %s --check-prefix=STDIN
// RUN: ckpt-run %s --entry=main | FileCheck %s --check-prefix=TEXT
// RUN: rm -rf %t && ckpt-run %s --entry=main --json --output-dir=%t/out | FileCheck %s --check-prefix=FILES
// RUN: ls %t/out | FileCheck %s --check-prefix=LS

// JSON: {"entry":"main","target":"cpu","outputs":[{"shape":[2,3],"dtype":"f32","file":null},{"shape":[],"dtype":"f64","file":null},{"shape":[],"dtype":"i64","file":null}],"peak_bytes":{{[0-9]+}},"time_ms":{"min":{{[0-9.e-]+}},"median":{{[0-9.e-]+}}},"repeat":3}
// STDIN: {"entry":"main","target":"cpu",{{.*}}"repeat":1}
// TEXT: entry: main (target cpu)
// TEXT-NEXT: out0: f32[2, 3] = [{{.*}}]
// TEXT-NEXT: out1: f64[] = [1.5]
// TEXT-NEXT: out2: i64[] = [42]
// TEXT-NEXT: peak_bytes: {{[0-9]+}}
// TEXT-NEXT: time_ms: min {{.*}} median {{.*}} over 1 call(s)
// FILES: "outputs":[{"shape":[2,3],"dtype":"f32","file":"{{.*}}out0.npy"},{"shape":[],"dtype":"f64","file":"{{.*}}out1.npy"},{"shape":[],"dtype":"i64","file":"{{.*}}out2.npy"}]
// LS: out0.npy
// LS-NEXT: out1.npy
// LS-NEXT: out2.npy

func.func @main(%a: tensor<2x3xf32>) -> (tensor<2x3xf32>, f64, i64) {
  %n = arith.negf %a : tensor<2x3xf32>
  %c = arith.constant 1.5 : f64
  %i = arith.constant 42 : i64
  return %n, %c, %i : tensor<2x3xf32>, f64, i64
}
