// REQUIRES: numpy
// Model: a 3-layer residual tanh MLP with dropout (keep 0.75) after each
// layer, written as plain linalg on ckpt.random_uniform: the mask is
// u < 0.75, the kept values scaled by 1/0.75. Layer l draws at offset
// + 32 * (l - 1), so the layers' masks are disjoint parts of one stream.
// The seed and offset come in as 0-d tensors (checkpoint regions carry
// tensors only). @loss has one checkpoint region per layer, @loss_plain
// none.
// - the loss equals numpy's forward of the same model with the masks of the
//   numpy Philox reference (dropoutcheck.py);
// - gradients against central finite differences in f64 (fixed seed and
//   offset: the loss is a deterministic function of the weights);
// - with and without regions, and planned by --ckpt-plan at half the
//   activation budget, the loss and gradients are bit-identical;
// - the same step twice (two ranks) gives the same bits.
// RUN: %python %S/Inputs/dropoutcheck.py %s --loss=loss | FileCheck %s --check-prefix=FWD
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss --step=step --wrt=0,1,2,3,4,5,6 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py fd %s --loss=loss_plain --step=step_plain --wrt=0,1,2,3,4,5,6 --tol=1e-6 | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py same %s %s --step=step --step-b=step_plain | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py same %s %s --step=step --step-b=step | FileCheck %s
// RUN: ckpt-opt %s --ckpt-plan="activation-budget=0.5" -o %t.planned.mlir
// RUN: %python %S/Inputs/gradcheck.py same %s %t.planned.mlir --step=step_plain | FileCheck %s
// RUN: %python %S/Inputs/gradcheck.py same %s %t.planned.mlir --step=step | FileCheck %s
// RUN: ckpt-opt %s --ckpt-plan="strategy=uniform segments=3" -o %t.uniform.mlir
// RUN: FileCheck %s --input-file=%t.uniform.mlir --check-prefix=PLANNED
// RUN: %python %S/Inputs/gradcheck.py same %s %t.uniform.mlir --step=step_plain | FileCheck %s
// CHECK: PASS
// FWD: loss {{.*}}, numpy {{.*}}, relerr {{.*}}
// FWD: masks: 3 layers, kept 0.{{[0-9]+}} of 96
// FWD: PASS

// The planner's regions around the dropout layers of @loss_plain take the
// seed and offset tensors as inputs and draw the mask inside, so a
// recomputation redraws it.
// PLANNED-LABEL: func.func @loss_plain
// PLANNED: ckpt.checkpoint(%[[S:arg[0-9]+]], %[[O:arg[0-9]+]], {{.*}}) {name = "auto_0"}
// PLANNED: tensor.extract
// PLANNED: ckpt.random_uniform
// PLANNED: ckpt.yield

#id = affine_map<(d0, d1) -> (d0, d1)>
#col = affine_map<(d0, d1) -> (d1)>

func.func @loss(%x: tensor<4x8xf64>, %w1: tensor<8x8xf64>, %b1: tensor<8xf64>, %w2: tensor<8x8xf64>, %b2: tensor<8xf64>, %w3: tensor<8x8xf64>, %b3: tensor<8xf64>, %seed: tensor<i64>, %offset: tensor<i64>) -> tensor<f64> {
  %r1 = ckpt.checkpoint (%x, %w1, %b1, %seed, %offset) {name = "l1"} : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<i64>, tensor<i64>) -> tensor<4x8xf64> {
  ^bb0(%xa: tensor<4x8xf64>, %wa: tensor<8x8xf64>, %ba: tensor<8xf64>, %sa: tensor<i64>, %oa: tensor<i64>):
    %s1 = tensor.extract %sa[] : tensor<i64>
    %o1base = tensor.extract %oa[] : tensor<i64>
    %stride1 = arith.constant 0 : i64
    %o1 = arith.addi %o1base, %stride1 : i64
    %z1 = arith.constant 0.0 : f64
    %e1 = tensor.empty() : tensor<4x8xf64>
    %f1 = linalg.fill ins(%z1 : f64) outs(%e1 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %m1 = linalg.matmul ins(%xa, %wa : tensor<4x8xf64>, tensor<8x8xf64>) outs(%f1 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %h1 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
        ins(%m1, %ba : tensor<4x8xf64>, tensor<8xf64>) outs(%e1 : tensor<4x8xf64>) {
    ^bb0(%a: f64, %bb: f64, %out: f64):
      %t0 = arith.addf %a, %bb : f64
      %t1 = math.tanh %t0 : f64
      linalg.yield %t1 : f64
    } -> tensor<4x8xf64>
    %u1 = ckpt.random_uniform %s1, %o1 : tensor<4x8xf64>
    %y1 = linalg.generic {indexing_maps = [#id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%h1, %u1, %xa : tensor<4x8xf64>, tensor<4x8xf64>, tensor<4x8xf64>) outs(%e1 : tensor<4x8xf64>) {
    ^bb0(%hv: f64, %uv: f64, %xv: f64, %out: f64):
      %keep = arith.constant 0.75 : f64
      %scale = arith.constant 1.3333333333333333 : f64
      %zero = arith.constant 0.0 : f64
      %kept = arith.cmpf olt, %uv, %keep : f64
      %sc = arith.mulf %hv, %scale : f64
      %dr = arith.select %kept, %sc, %zero : f64
      %r = arith.addf %xv, %dr : f64
      linalg.yield %r : f64
    } -> tensor<4x8xf64>
    ckpt.yield %y1 : tensor<4x8xf64>
  }
  %r2 = ckpt.checkpoint (%r1, %w2, %b2, %seed, %offset) {name = "l2"} : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<i64>, tensor<i64>) -> tensor<4x8xf64> {
  ^bb0(%xa: tensor<4x8xf64>, %wa: tensor<8x8xf64>, %ba: tensor<8xf64>, %sa: tensor<i64>, %oa: tensor<i64>):
    %s2 = tensor.extract %sa[] : tensor<i64>
    %o2base = tensor.extract %oa[] : tensor<i64>
    %stride2 = arith.constant 32 : i64
    %o2 = arith.addi %o2base, %stride2 : i64
    %z2 = arith.constant 0.0 : f64
    %e2 = tensor.empty() : tensor<4x8xf64>
    %f2 = linalg.fill ins(%z2 : f64) outs(%e2 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %m2 = linalg.matmul ins(%xa, %wa : tensor<4x8xf64>, tensor<8x8xf64>) outs(%f2 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %h2 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
        ins(%m2, %ba : tensor<4x8xf64>, tensor<8xf64>) outs(%e2 : tensor<4x8xf64>) {
    ^bb0(%a: f64, %bb: f64, %out: f64):
      %t0 = arith.addf %a, %bb : f64
      %t1 = math.tanh %t0 : f64
      linalg.yield %t1 : f64
    } -> tensor<4x8xf64>
    %u2 = ckpt.random_uniform %s2, %o2 : tensor<4x8xf64>
    %y2 = linalg.generic {indexing_maps = [#id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%h2, %u2, %xa : tensor<4x8xf64>, tensor<4x8xf64>, tensor<4x8xf64>) outs(%e2 : tensor<4x8xf64>) {
    ^bb0(%hv: f64, %uv: f64, %xv: f64, %out: f64):
      %keep = arith.constant 0.75 : f64
      %scale = arith.constant 1.3333333333333333 : f64
      %zero = arith.constant 0.0 : f64
      %kept = arith.cmpf olt, %uv, %keep : f64
      %sc = arith.mulf %hv, %scale : f64
      %dr = arith.select %kept, %sc, %zero : f64
      %r = arith.addf %xv, %dr : f64
      linalg.yield %r : f64
    } -> tensor<4x8xf64>
    ckpt.yield %y2 : tensor<4x8xf64>
  }
  %r3 = ckpt.checkpoint (%r2, %w3, %b3, %seed, %offset) {name = "l3"} : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<i64>, tensor<i64>) -> tensor<4x8xf64> {
  ^bb0(%xa: tensor<4x8xf64>, %wa: tensor<8x8xf64>, %ba: tensor<8xf64>, %sa: tensor<i64>, %oa: tensor<i64>):
    %s3 = tensor.extract %sa[] : tensor<i64>
    %o3base = tensor.extract %oa[] : tensor<i64>
    %stride3 = arith.constant 64 : i64
    %o3 = arith.addi %o3base, %stride3 : i64
    %z3 = arith.constant 0.0 : f64
    %e3 = tensor.empty() : tensor<4x8xf64>
    %f3 = linalg.fill ins(%z3 : f64) outs(%e3 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %m3 = linalg.matmul ins(%xa, %wa : tensor<4x8xf64>, tensor<8x8xf64>) outs(%f3 : tensor<4x8xf64>) -> tensor<4x8xf64>
    %h3 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
        ins(%m3, %ba : tensor<4x8xf64>, tensor<8xf64>) outs(%e3 : tensor<4x8xf64>) {
    ^bb0(%a: f64, %bb: f64, %out: f64):
      %t0 = arith.addf %a, %bb : f64
      %t1 = math.tanh %t0 : f64
      linalg.yield %t1 : f64
    } -> tensor<4x8xf64>
    %u3 = ckpt.random_uniform %s3, %o3 : tensor<4x8xf64>
    %y3 = linalg.generic {indexing_maps = [#id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
        ins(%h3, %u3, %xa : tensor<4x8xf64>, tensor<4x8xf64>, tensor<4x8xf64>) outs(%e3 : tensor<4x8xf64>) {
    ^bb0(%hv: f64, %uv: f64, %xv: f64, %out: f64):
      %keep = arith.constant 0.75 : f64
      %scale = arith.constant 1.3333333333333333 : f64
      %zero = arith.constant 0.0 : f64
      %kept = arith.cmpf olt, %uv, %keep : f64
      %sc = arith.mulf %hv, %scale : f64
      %dr = arith.select %kept, %sc, %zero : f64
      %r = arith.addf %xv, %dr : f64
      linalg.yield %r : f64
    } -> tensor<4x8xf64>
    ckpt.yield %y3 : tensor<4x8xf64>
  }
  %zl = arith.constant 0.0 : f64
  %el = tensor.empty() : tensor<f64>
  %fl = linalg.fill ins(%zl : f64) outs(%el : tensor<f64>) -> tensor<f64>
  %l = linalg.reduce ins(%r3 : tensor<4x8xf64>) outs(%fl : tensor<f64>) dimensions = [0, 1]
    (%in: f64, %acc: f64) {
      %sq = arith.mulf %in, %in : f64
      %ad = arith.addf %sq, %acc : f64
      linalg.yield %ad : f64
    }
  return %l : tensor<f64>
}

func.func @loss_plain(%x: tensor<4x8xf64>, %w1: tensor<8x8xf64>, %b1: tensor<8xf64>, %w2: tensor<8x8xf64>, %b2: tensor<8xf64>, %w3: tensor<8x8xf64>, %b3: tensor<8xf64>, %seed: tensor<i64>, %offset: tensor<i64>) -> tensor<f64> {
  %s1 = tensor.extract %seed[] : tensor<i64>
  %o1base = tensor.extract %offset[] : tensor<i64>
  %stride1 = arith.constant 0 : i64
  %o1 = arith.addi %o1base, %stride1 : i64
  %z1 = arith.constant 0.0 : f64
  %e1 = tensor.empty() : tensor<4x8xf64>
  %f1 = linalg.fill ins(%z1 : f64) outs(%e1 : tensor<4x8xf64>) -> tensor<4x8xf64>
  %m1 = linalg.matmul ins(%x, %w1 : tensor<4x8xf64>, tensor<8x8xf64>) outs(%f1 : tensor<4x8xf64>) -> tensor<4x8xf64>
  %h1 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m1, %b1 : tensor<4x8xf64>, tensor<8xf64>) outs(%e1 : tensor<4x8xf64>) {
  ^bb0(%a: f64, %bb: f64, %out: f64):
    %t0 = arith.addf %a, %bb : f64
    %t1 = math.tanh %t0 : f64
    linalg.yield %t1 : f64
  } -> tensor<4x8xf64>
  %u1 = ckpt.random_uniform %s1, %o1 : tensor<4x8xf64>
  %y1 = linalg.generic {indexing_maps = [#id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h1, %u1, %x : tensor<4x8xf64>, tensor<4x8xf64>, tensor<4x8xf64>) outs(%e1 : tensor<4x8xf64>) {
  ^bb0(%hv: f64, %uv: f64, %xv: f64, %out: f64):
    %keep = arith.constant 0.75 : f64
    %scale = arith.constant 1.3333333333333333 : f64
    %zero = arith.constant 0.0 : f64
    %kept = arith.cmpf olt, %uv, %keep : f64
    %sc = arith.mulf %hv, %scale : f64
    %dr = arith.select %kept, %sc, %zero : f64
    %r = arith.addf %xv, %dr : f64
    linalg.yield %r : f64
  } -> tensor<4x8xf64>
  %s2 = tensor.extract %seed[] : tensor<i64>
  %o2base = tensor.extract %offset[] : tensor<i64>
  %stride2 = arith.constant 32 : i64
  %o2 = arith.addi %o2base, %stride2 : i64
  %z2 = arith.constant 0.0 : f64
  %e2 = tensor.empty() : tensor<4x8xf64>
  %f2 = linalg.fill ins(%z2 : f64) outs(%e2 : tensor<4x8xf64>) -> tensor<4x8xf64>
  %m2 = linalg.matmul ins(%y1, %w2 : tensor<4x8xf64>, tensor<8x8xf64>) outs(%f2 : tensor<4x8xf64>) -> tensor<4x8xf64>
  %h2 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m2, %b2 : tensor<4x8xf64>, tensor<8xf64>) outs(%e2 : tensor<4x8xf64>) {
  ^bb0(%a: f64, %bb: f64, %out: f64):
    %t0 = arith.addf %a, %bb : f64
    %t1 = math.tanh %t0 : f64
    linalg.yield %t1 : f64
  } -> tensor<4x8xf64>
  %u2 = ckpt.random_uniform %s2, %o2 : tensor<4x8xf64>
  %y2 = linalg.generic {indexing_maps = [#id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h2, %u2, %y1 : tensor<4x8xf64>, tensor<4x8xf64>, tensor<4x8xf64>) outs(%e2 : tensor<4x8xf64>) {
  ^bb0(%hv: f64, %uv: f64, %xv: f64, %out: f64):
    %keep = arith.constant 0.75 : f64
    %scale = arith.constant 1.3333333333333333 : f64
    %zero = arith.constant 0.0 : f64
    %kept = arith.cmpf olt, %uv, %keep : f64
    %sc = arith.mulf %hv, %scale : f64
    %dr = arith.select %kept, %sc, %zero : f64
    %r = arith.addf %xv, %dr : f64
    linalg.yield %r : f64
  } -> tensor<4x8xf64>
  %s3 = tensor.extract %seed[] : tensor<i64>
  %o3base = tensor.extract %offset[] : tensor<i64>
  %stride3 = arith.constant 64 : i64
  %o3 = arith.addi %o3base, %stride3 : i64
  %z3 = arith.constant 0.0 : f64
  %e3 = tensor.empty() : tensor<4x8xf64>
  %f3 = linalg.fill ins(%z3 : f64) outs(%e3 : tensor<4x8xf64>) -> tensor<4x8xf64>
  %m3 = linalg.matmul ins(%y2, %w3 : tensor<4x8xf64>, tensor<8x8xf64>) outs(%f3 : tensor<4x8xf64>) -> tensor<4x8xf64>
  %h3 = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m3, %b3 : tensor<4x8xf64>, tensor<8xf64>) outs(%e3 : tensor<4x8xf64>) {
  ^bb0(%a: f64, %bb: f64, %out: f64):
    %t0 = arith.addf %a, %bb : f64
    %t1 = math.tanh %t0 : f64
    linalg.yield %t1 : f64
  } -> tensor<4x8xf64>
  %u3 = ckpt.random_uniform %s3, %o3 : tensor<4x8xf64>
  %y3 = linalg.generic {indexing_maps = [#id, #id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%h3, %u3, %y2 : tensor<4x8xf64>, tensor<4x8xf64>, tensor<4x8xf64>) outs(%e3 : tensor<4x8xf64>) {
  ^bb0(%hv: f64, %uv: f64, %xv: f64, %out: f64):
    %keep = arith.constant 0.75 : f64
    %scale = arith.constant 1.3333333333333333 : f64
    %zero = arith.constant 0.0 : f64
    %kept = arith.cmpf olt, %uv, %keep : f64
    %sc = arith.mulf %hv, %scale : f64
    %dr = arith.select %kept, %sc, %zero : f64
    %r = arith.addf %xv, %dr : f64
    linalg.yield %r : f64
  } -> tensor<4x8xf64>
  %zl = arith.constant 0.0 : f64
  %el = tensor.empty() : tensor<f64>
  %fl = linalg.fill ins(%zl : f64) outs(%el : tensor<f64>) -> tensor<f64>
  %l = linalg.reduce ins(%y3 : tensor<4x8xf64>) outs(%fl : tensor<f64>) dimensions = [0, 1]
    (%in: f64, %acc: f64) {
      %sq = arith.mulf %in, %in : f64
      %ad = arith.addf %sq, %acc : f64
      linalg.yield %ad : f64
    }
  return %l : tensor<f64>
}

func.func @step(%x: tensor<4x8xf64>, %w1: tensor<8x8xf64>, %b1: tensor<8xf64>, %w2: tensor<8x8xf64>, %b2: tensor<8xf64>, %w3: tensor<8x8xf64>, %b3: tensor<8xf64>, %seed: tensor<i64>, %offset: tensor<i64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>) {
  %g0, %g1, %g2, %g3, %g4, %g5, %g6, %g7 = ckpt.value_and_grad @loss(%x, %w1, %b1, %w2, %b2, %w3, %b3, %seed, %offset) wrt [0, 1, 2, 3, 4, 5, 6] : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<i64>, tensor<i64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>)
  return %g0, %g1, %g2, %g3, %g4, %g5, %g6, %g7 : tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>
}

func.func @step_plain(%x: tensor<4x8xf64>, %w1: tensor<8x8xf64>, %b1: tensor<8xf64>, %w2: tensor<8x8xf64>, %b2: tensor<8xf64>, %w3: tensor<8x8xf64>, %b3: tensor<8xf64>, %seed: tensor<i64>, %offset: tensor<i64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>) {
  %g0, %g1, %g2, %g3, %g4, %g5, %g6, %g7 = ckpt.value_and_grad @loss_plain(%x, %w1, %b1, %w2, %b2, %w3, %b3, %seed, %offset) wrt [0, 1, 2, 3, 4, 5, 6] : (tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<i64>, tensor<i64>) -> (tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>)
  return %g0, %g1, %g2, %g3, %g4, %g5, %g6, %g7 : tensor<f64>, tensor<4x8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>, tensor<8x8xf64>, tensor<8xf64>
}
