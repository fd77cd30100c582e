// ckpt.random_uniform on the GPU draws the host's stream bit for bit: the
// draws of the host test (Integration/CPU/random-uniform.mlir) run with
// --target=cuda and checked against the same numpy Philox reference, and
// two runs (two ranks) agree.
// REQUIRES: cuda, numpy
// RUN: rm -rf %t && mkdir -p %t/rank0 %t/rank1
// RUN: %python %S/../../CPU/Inputs/randomcheck.py inputs %t
// RUN: ckpt-run %S/../../CPU/random-uniform.mlir --entry=draw --target=cuda --input=%t/s0.npy --input=%t/o0.npy --input=%t/s1.npy --input=%t/o1.npy --output-dir=%t/rank0
// RUN: ckpt-run %S/../../CPU/random-uniform.mlir --entry=draw --target=cuda --input=%t/s0.npy --input=%t/o0.npy --input=%t/s1.npy --input=%t/o1.npy --output-dir=%t/rank1
// RUN: %python %S/../../CPU/Inputs/randomcheck.py check %t rank0 rank1 | FileCheck %s
// CHECK: out0 float32 [3, 5]: bit-exact
// CHECK: out5 float64 [1000]: bit-exact
// CHECK: rank1: identical to the first run
// CHECK: PASS
