// Every bad input is one `ckpt-run: error:` line and a non-zero exit.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not ckpt-run %s --entry=nope 2>&1 | FileCheck %s --check-prefix=ENTRY
// RUN: not ckpt-run %t/missing.mlir --entry=main 2>&1 | FileCheck %s --check-prefix=NOFILE
// RUN: not ckpt-run %s --entry=dynamic 2>&1 | FileCheck %s --check-prefix=DYN
// RUN: not ckpt-run %s --entry=unsupported 2>&1 | FileCheck %s --check-prefix=TYPE
// RUN: not ckpt-run %s --entry=rank5 2>&1 | FileCheck %s --check-prefix=RANK
// RUN: not ckpt-run %s --entry=decl 2>&1 | FileCheck %s --check-prefix=DECL
// RUN: not ckpt-run %s --entry=main --input=%t/nothere.npy 2>&1 | FileCheck %s --check-prefix=NONPY
// RUN: not ckpt-run %s --entry=main --input=%S/Inputs/bad.npy 2>&1 | FileCheck %s --check-prefix=BADNPY
// RUN: not ckpt-run %s --entry=main --input=%t 2>&1 | FileCheck %s --check-prefix=DIR
// RUN: not ckpt-run %s --entry=main --target=tpu 2>&1 | FileCheck %s --check-prefix=TARGET
// RUN: ckpt-run --help | FileCheck %s --check-prefix=HELP
// RUN: not ckpt-run %s --entry=main --repeat=0 2>&1 | FileCheck %s --check-prefix=REPEAT
// RUN: not ckpt-run %s --entry=main --opt-level=4 2>&1 | FileCheck %s --check-prefix=OPTLEVEL
// RUN: not ckpt-run %s --entry=main --threads=-1 2>&1 | FileCheck %s --check-prefix=THREADS
// RUN: not ckpt-run %s --entry=main --threads=1025 2>&1 | FileCheck %s --check-prefix=THREADS
// RUN: not ckpt-run %s --entry=main --seed=abc 2>&1 | FileCheck %s --check-prefix=SEED
// RUN: not ckpt-run %s 2>&1 | FileCheck %s --check-prefix=NOENTRY
// RUN: not ckpt-run %s --entry=main --bogus 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not ckpt-run %s --entry=main --pipeline='no-such-pass' 2>&1 | FileCheck %s --check-prefix=PIPE
// RUN: not ckpt-run %s --entry=main --pipeline='canonicalize' 2>&1 | FileCheck %s --check-prefix=NOLLVM
// RUN: not ckpt-run %s --entry=main --pipeline='convert-func-to-llvm{use-bare-ptr-memref-call-conv=1}' 2>&1 | FileCheck %s --check-prefix=BARE
// RUN: not ckpt-run %S/Inputs/parse-error.mlir --entry=main 2>&1 | FileCheck %s --check-prefix=PARSE
// RUN: not ckpt-run %s --entry=main --target=cuda 2>&1 | FileCheck %s --check-prefix=CUDA
// RUN: not ckpt-run %s --entry=main --output-dir=%s 2>&1 | FileCheck %s --check-prefix=OUTDIR

// Each FileCheck also proves the message is the only line.
// ENTRY: ckpt-run: error: no func.func named 'nope' in the module{{.*}}
// ENTRY-NOT: {{.}}
// NOFILE: ckpt-run: error: cannot read '{{.*}}missing.mlir'{{.*}}
// NOFILE-NOT: {{.}}
// DYN: ckpt-run: error: entry 'dynamic' argument #0 has type tensor<?x4xf32>: dynamic shapes are not supported{{.*}}
// DYN-NOT: {{.}}
// TYPE: ckpt-run: error: entry 'unsupported' result #0 has type tensor<4xi32>: element type must be f32, f64 or i64{{.*}}
// TYPE-NOT: {{.}}
// RANK: ckpt-run: error: entry 'rank5' argument #0 has type tensor<1x1x1x1x1xf32>: ranks above 4 are not supported{{.*}}
// RANK-NOT: {{.}}
// DECL: ckpt-run: error: entry 'decl' is only a declaration{{.*}}
// DECL-NOT: {{.}}
// NONPY: ckpt-run: error: '{{.*}}nothere.npy': cannot read:{{.*}}
// NONPY-NOT: {{.}}
// BADNPY: ckpt-run: error: '{{.*}}bad.npy': not a .npy file (bad magic){{.*}}
// BADNPY-NOT: {{.}}
// DIR: ckpt-run: error: '{{.*}}': is a directory, expected a .npy file{{.*}}
// DIR-NOT: {{.}}
// HELP: --target=<value>
// HELP-NEXT: =cpu
// HELP-NEXT: =cuda
// TARGET: ckpt-run: error: for the --target option: Cannot find option named 'tpu'!
// TARGET-NOT: {{.}}
// REPEAT: ckpt-run: error: --repeat must be at least 1, got 0{{.*}}
// OPTLEVEL: ckpt-run: error: --opt-level must be 0 to 3, got 4
// THREADS: ckpt-run: error: --threads must be 0 (all cores) to 1024, got {{-1|1025}}
// REPEAT-NOT: {{.}}
// SEED: ckpt-run: error: {{.*}}seed{{.*}}
// SEED-NOT: {{.}}
// NOENTRY: ckpt-run: error: {{.*}}entry{{.*}}
// NOENTRY-NOT: {{.}}
// UNKNOWN: ckpt-run: error: {{.*}}bogus{{.*}}
// UNKNOWN-NOT: {{.}}
// PIPE: ckpt-run: error: invalid --pipeline: {{.*}}no-such-pass{{.*}}
// PIPE-NOT: {{.}}
// NOLLVM: ckpt-run: error: lowering did not produce a definition of llvm.func @main{{.*}}
// NOLLVM-NOT: {{.}}
// BARE: ckpt-run: error: {{.*}}
// BARE-NOT: {{.}}
// PARSE: ckpt-run: error: {{.*}}parse-error.mlir:3:{{[0-9]+}}: {{.*}}
// PARSE-NOT: {{.}}
// CUDA: ckpt-run: error: {{.*}}
// CUDA-NOT: {{.}}
// OUTDIR: ckpt-run: error: cannot create --output-dir{{.*}}
// OUTDIR-NOT: {{.}}

func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %n = arith.negf %a : tensor<4xf32>
  return %n : tensor<4xf32>
}

func.func @dynamic(%a: tensor<?x4xf32>) -> tensor<?x4xf32> {
  return %a : tensor<?x4xf32>
}

func.func @unsupported() -> tensor<4xi32> {
  %c = arith.constant dense<1> : tensor<4xi32>
  return %c : tensor<4xi32>
}

func.func @rank5(%a: tensor<1x1x1x1x1xf32>) -> tensor<1x1x1x1x1xf32> {
  return %a : tensor<1x1x1x1x1xf32>
}

func.func private @decl(tensor<4xf32>) -> tensor<4xf32>
