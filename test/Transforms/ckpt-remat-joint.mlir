// RUN: ckpt-opt %s --ckpt-remat="memory-budget=170000B report=-" | FileCheck %s
// RUN: not ckpt-opt %s --ckpt-remat="memory-budget=130000B" 2>&1 | FileCheck %s --check-prefix=LEAST
// RUN: ckpt-opt %s --ckpt-remat="memory-budget=131136B report=-" -o /dev/null | FileCheck %s --check-prefix=AT-LEAST

// AOTAutograd's joint forward+backward graph of a 4-layer tanh MLP (width
// 32, batch 256, loss: mean square of half the outputs) as
// ckpt.torch.export_joint writes it (torch-mlir's linalg-on-tensors).
// The solver's model once took more bytes than the bufferized code (each
// tensor.empty, the fills shared by every matmul), so that the model
// budgets at or below the exact budget, all --ckpt-remat tried at first,
// recomputed so much that the exact peak stayed over every budget below
// the baseline (200768 B): budget 170000 B was rejected with "the least
// peak reached is 200768 bytes". The fills are now made for each matmul
// and count once, and model budgets above a fitting one are tried for a
// schedule that recomputes less.

// CHECK: ckpt-remat: @joint budget 170000 B, baseline 200768 B, predicted 168000 B, 5 ops recomputed
// CHECK-LABEL: func.func @joint
// CHECK: ckpt.recomputed
// LEAST: error: ckpt-remat: @joint cannot fit the budget of 130000 bytes: the least peak reached is 131136 bytes
// The peak the error names fits when asked for: the pass confirms it by
// searching at it before naming it.
// AT-LEAST: ckpt-remat: @joint budget 131136 B, baseline 200768 B, predicted 131136 B

#map = affine_map<(d0, d1) -> (d1)>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1) -> ()>
#map3 = affine_map<() -> ()>
#map4 = affine_map<(d0, d1) -> (0, d1)>
module {
  func.func @joint(%arg0: tensor<256x32xf32>, %arg1: tensor<32x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32x32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<32xf32>) -> (tensor<f32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense<0.000000e+00> : tensor<256x32xf32>
    %cst_1 = arith.constant dense<1.000000e+00> : tensor<256x16xf32>
    %cst_2 = arith.constant 4.096000e+03 : f32
    %cst_3 = arith.constant dense<1> : tensor<i64>
    %0 = tensor.empty() : tensor<32x32xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<32x32xf32>) outs(%0 : tensor<32x32xf32>) permutation = [1, 0] 
    %1 = tensor.empty() : tensor<256x32xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<256x32xf32>) -> tensor<256x32xf32>
    %3 = linalg.matmul ins(%arg0, %transposed : tensor<256x32xf32>, tensor<32x32xf32>) outs(%2 : tensor<256x32xf32>) -> tensor<256x32xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg2 : tensor<32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<256x32xf32>
    %5 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%3, %4 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.addf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %55 = math.tanh %in : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %transposed_4 = linalg.transpose ins(%arg3 : tensor<32x32xf32>) outs(%0 : tensor<32x32xf32>) permutation = [1, 0] 
    %7 = linalg.matmul ins(%6, %transposed_4 : tensor<256x32xf32>, tensor<32x32xf32>) outs(%2 : tensor<256x32xf32>) -> tensor<256x32xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg4 : tensor<32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<256x32xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%7, %8 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.addf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%9 : tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %55 = math.tanh %in : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %transposed_5 = linalg.transpose ins(%arg5 : tensor<32x32xf32>) outs(%0 : tensor<32x32xf32>) permutation = [1, 0] 
    %11 = linalg.matmul ins(%10, %transposed_5 : tensor<256x32xf32>, tensor<32x32xf32>) outs(%2 : tensor<256x32xf32>) -> tensor<256x32xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg6 : tensor<32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<256x32xf32>
    %13 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%11, %12 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.addf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%13 : tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %55 = math.tanh %in : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %transposed_6 = linalg.transpose ins(%arg7 : tensor<32x32xf32>) outs(%0 : tensor<32x32xf32>) permutation = [1, 0] 
    %15 = linalg.matmul ins(%14, %transposed_6 : tensor<256x32xf32>, tensor<32x32xf32>) outs(%2 : tensor<256x32xf32>) -> tensor<256x32xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg8 : tensor<32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<256x32xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%15, %16 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.addf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%17 : tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %55 = math.tanh %in : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %extracted_slice = tensor.extract_slice %18[0, 0] [256, 16] [1, 1] : tensor<256x32xf32> to tensor<256x16xf32>
    %19 = tensor.empty() : tensor<256x16xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice, %extracted_slice : tensor<256x16xf32>, tensor<256x16xf32>) outs(%19 : tensor<256x16xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.mulf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x16xf32>
    %21 = tensor.empty() : tensor<f32>
    %22 = linalg.fill ins(%cst : f32) outs(%21 : tensor<f32>) -> tensor<f32>
    %23 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["reduction", "reduction"]} ins(%20 : tensor<256x16xf32>) outs(%22 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %55 = arith.addf %in, %out : f32
      linalg.yield %55 : f32
    } -> tensor<f32>
    %24 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = []} ins(%23 : tensor<f32>) outs(%21 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %55 = arith.divf %in, %cst_2 : f32
      linalg.yield %55 : f32
    } -> tensor<f32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%cst_1 : tensor<256x16xf32>) outs(%19 : tensor<256x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %55 = arith.divf %in, %cst_2 : f32
      linalg.yield %55 : f32
    } -> tensor<256x16xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%25, %extracted_slice : tensor<256x16xf32>, tensor<256x16xf32>) outs(%19 : tensor<256x16xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.mulf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x16xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%26, %26 : tensor<256x16xf32>, tensor<256x16xf32>) outs(%19 : tensor<256x16xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.addf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x16xf32>
    %inserted_slice = tensor.insert_slice %27 into %cst_0[0, 0] [256, 16] [1, 1] : tensor<256x16xf32> into tensor<256x32xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%18, %18 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.mulf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %29 = linalg.generic {indexing_maps = [#map2, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%cst_3, %28 : tensor<i64>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: i64, %in_14: f32, %out: f32):
      %55 = arith.sitofp %in : i64 to f32
      %56 = arith.subf %55, %in_14 : f32
      linalg.yield %56 : f32
    } -> tensor<256x32xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%inserted_slice, %29 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.mulf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %31 = linalg.matmul ins(%30, %arg7 : tensor<256x32xf32>, tensor<32x32xf32>) outs(%2 : tensor<256x32xf32>) -> tensor<256x32xf32>
    %32 = tensor.empty() : tensor<32x256xf32>
    %transposed_7 = linalg.transpose ins(%30 : tensor<256x32xf32>) outs(%32 : tensor<32x256xf32>) permutation = [1, 0] 
    %33 = linalg.fill ins(%cst : f32) outs(%0 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %34 = linalg.matmul ins(%transposed_7, %14 : tensor<32x256xf32>, tensor<256x32xf32>) outs(%33 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %35 = tensor.empty() : tensor<1x32xf32>
    %36 = linalg.fill ins(%cst : f32) outs(%35 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map4], iterator_types = ["reduction", "parallel"]} ins(%30 : tensor<256x32xf32>) outs(%36 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %55 = arith.addf %in, %out : f32
      linalg.yield %55 : f32
    } -> tensor<1x32xf32>
    %collapsed = tensor.collapse_shape %37 [[0, 1]] : tensor<1x32xf32> into tensor<32xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%14, %14 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.mulf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %39 = linalg.generic {indexing_maps = [#map2, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%cst_3, %38 : tensor<i64>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: i64, %in_14: f32, %out: f32):
      %55 = arith.sitofp %in : i64 to f32
      %56 = arith.subf %55, %in_14 : f32
      linalg.yield %56 : f32
    } -> tensor<256x32xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%31, %39 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.mulf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %41 = linalg.matmul ins(%40, %arg5 : tensor<256x32xf32>, tensor<32x32xf32>) outs(%2 : tensor<256x32xf32>) -> tensor<256x32xf32>
    %transposed_8 = linalg.transpose ins(%40 : tensor<256x32xf32>) outs(%32 : tensor<32x256xf32>) permutation = [1, 0] 
    %42 = linalg.matmul ins(%transposed_8, %10 : tensor<32x256xf32>, tensor<256x32xf32>) outs(%33 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map4], iterator_types = ["reduction", "parallel"]} ins(%40 : tensor<256x32xf32>) outs(%36 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %55 = arith.addf %in, %out : f32
      linalg.yield %55 : f32
    } -> tensor<1x32xf32>
    %collapsed_9 = tensor.collapse_shape %43 [[0, 1]] : tensor<1x32xf32> into tensor<32xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%10, %10 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.mulf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %45 = linalg.generic {indexing_maps = [#map2, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%cst_3, %44 : tensor<i64>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: i64, %in_14: f32, %out: f32):
      %55 = arith.sitofp %in : i64 to f32
      %56 = arith.subf %55, %in_14 : f32
      linalg.yield %56 : f32
    } -> tensor<256x32xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%41, %45 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.mulf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %47 = linalg.matmul ins(%46, %arg3 : tensor<256x32xf32>, tensor<32x32xf32>) outs(%2 : tensor<256x32xf32>) -> tensor<256x32xf32>
    %transposed_10 = linalg.transpose ins(%46 : tensor<256x32xf32>) outs(%32 : tensor<32x256xf32>) permutation = [1, 0] 
    %48 = linalg.matmul ins(%transposed_10, %6 : tensor<32x256xf32>, tensor<256x32xf32>) outs(%33 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %49 = linalg.generic {indexing_maps = [#map1, #map4], iterator_types = ["reduction", "parallel"]} ins(%46 : tensor<256x32xf32>) outs(%36 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %55 = arith.addf %in, %out : f32
      linalg.yield %55 : f32
    } -> tensor<1x32xf32>
    %collapsed_11 = tensor.collapse_shape %49 [[0, 1]] : tensor<1x32xf32> into tensor<32xf32>
    %50 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%6, %6 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.mulf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %51 = linalg.generic {indexing_maps = [#map2, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%cst_3, %50 : tensor<i64>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: i64, %in_14: f32, %out: f32):
      %55 = arith.sitofp %in : i64 to f32
      %56 = arith.subf %55, %in_14 : f32
      linalg.yield %56 : f32
    } -> tensor<256x32xf32>
    %52 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%47, %51 : tensor<256x32xf32>, tensor<256x32xf32>) outs(%1 : tensor<256x32xf32>) {
    ^bb0(%in: f32, %in_14: f32, %out: f32):
      %55 = arith.mulf %in, %in_14 : f32
      linalg.yield %55 : f32
    } -> tensor<256x32xf32>
    %transposed_12 = linalg.transpose ins(%52 : tensor<256x32xf32>) outs(%32 : tensor<32x256xf32>) permutation = [1, 0] 
    %53 = linalg.matmul ins(%transposed_12, %arg0 : tensor<32x256xf32>, tensor<256x32xf32>) outs(%33 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %54 = linalg.generic {indexing_maps = [#map1, #map4], iterator_types = ["reduction", "parallel"]} ins(%52 : tensor<256x32xf32>) outs(%36 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %55 = arith.addf %in, %out : f32
      linalg.yield %55 : f32
    } -> tensor<1x32xf32>
    %collapsed_13 = tensor.collapse_shape %54 [[0, 1]] : tensor<1x32xf32> into tensor<32xf32>
    return %24, %53, %collapsed_13, %48, %collapsed_11, %42, %collapsed_9, %34, %collapsed : tensor<f32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32x32xf32>, tensor<32xf32>
  }
}
