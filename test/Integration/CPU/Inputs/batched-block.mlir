// A pre-LN transformer block (batch 4, seq 8, d 16, 2 heads, ff 32) in f64,
// exported by benchmarks/transformer/export.py's make_model/export with
// torch-mlir (input [4, 8, 16]); @step differentiates @loss w.r.t. all.
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0, d1) -> (d1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map8 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @loss(%arg0: tensor<4x8x16xf64>, %arg1: tensor<16xf64>, %arg2: tensor<16xf64>, %arg3: tensor<48x16xf64>, %arg4: tensor<48xf64>, %arg5: tensor<16x16xf64>, %arg6: tensor<16xf64>, %arg7: tensor<16xf64>, %arg8: tensor<16xf64>, %arg9: tensor<32x16xf64>, %arg10: tensor<32xf64>, %arg11: tensor<16x32xf64>, %arg12: tensor<16xf64>) -> tensor<f64> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0xFFF0000000000000 : f64
    %cst_1 = arith.constant 1.000000e+00 : f64
    %cst_2 = arith.constant 5.000000e-01 : f64
    %cst_3 = arith.constant 0.35355339059327373 : f64
    %cst_4 = arith.constant 1.000000e-05 : f64
    %cst_5 = arith.constant 1.600000e+01 : f64
    %cst_6 = arith.constant 1.4142135623730951 : f64
    %0 = tensor.empty() : tensor<4x8x1xf64>
    %1 = linalg.fill ins(%cst : f64) outs(%0 : tensor<4x8x1xf64>) -> tensor<4x8x1xf64>
    %2 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0 : tensor<4x8x16xf64>) outs(%1 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.addf %in, %out : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<4x8x1xf64>) outs(%0 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.divf %in, %cst_5 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %4 = tensor.empty() : tensor<4x8x16xf64>
    %5 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %3 : tensor<4x8x16xf64>, tensor<4x8x1xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.subf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %6 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %5 : tensor<4x8x16xf64>, tensor<4x8x16xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.mulf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<4x8x16xf64>) outs(%1 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.addf %in, %out : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<4x8x1xf64>) outs(%0 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.divf %in, %cst_5 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<4x8x1xf64>) outs(%0 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.addf %in, %cst_4 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<4x8x1xf64>) outs(%0 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = math.rsqrt %in : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %11 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %10 : tensor<4x8x16xf64>, tensor<4x8x1xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.mulf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %12 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %arg1 : tensor<4x8x16xf64>, tensor<16xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.mulf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %13 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %arg2 : tensor<4x8x16xf64>, tensor<16xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.addf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %collapsed = tensor.collapse_shape %13 [[0, 1], [2]] : tensor<4x8x16xf64> into tensor<32x16xf64>
    %14 = tensor.empty() : tensor<16x48xf64>
    %transposed = linalg.transpose ins(%arg3 : tensor<48x16xf64>) outs(%14 : tensor<16x48xf64>) permutation = [1, 0] 
    %15 = tensor.empty() : tensor<32x48xf64>
    %16 = linalg.fill ins(%cst : f64) outs(%15 : tensor<32x48xf64>) -> tensor<32x48xf64>
    %17 = linalg.matmul ins(%collapsed, %transposed : tensor<32x16xf64>, tensor<16x48xf64>) outs(%16 : tensor<32x48xf64>) -> tensor<32x48xf64>
    %18 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg4 : tensor<48xf64>) outs(%15 : tensor<32x48xf64>) {
    ^bb0(%in: f64, %out: f64):
      linalg.yield %in : f64
    } -> tensor<32x48xf64>
    %19 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%17, %18 : tensor<32x48xf64>, tensor<32x48xf64>) outs(%15 : tensor<32x48xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.addf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<32x48xf64>
    %expanded = tensor.expand_shape %19 [[0, 1], [2]] output_shape [4, 8, 48] : tensor<32x48xf64> into tensor<4x8x48xf64>
    %extracted_slice = tensor.extract_slice %expanded[0, 0, 0] [4, 8, 16] [1, 1, 1] : tensor<4x8x48xf64> to tensor<4x8x16xf64>
    %extracted_slice_7 = tensor.extract_slice %expanded[0, 0, 16] [4, 8, 16] [1, 1, 1] : tensor<4x8x48xf64> to tensor<4x8x16xf64>
    %extracted_slice_8 = tensor.extract_slice %expanded[0, 0, 32] [4, 8, 16] [1, 1, 1] : tensor<4x8x48xf64> to tensor<4x8x16xf64>
    %expanded_9 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [4, 8, 2, 8] : tensor<4x8x16xf64> into tensor<4x8x2x8xf64>
    %20 = tensor.empty() : tensor<4x2x8x8xf64>
    %transposed_10 = linalg.transpose ins(%expanded_9 : tensor<4x8x2x8xf64>) outs(%20 : tensor<4x2x8x8xf64>) permutation = [0, 2, 1, 3] 
    %expanded_11 = tensor.expand_shape %extracted_slice_7 [[0], [1], [2, 3]] output_shape [4, 8, 2, 8] : tensor<4x8x16xf64> into tensor<4x8x2x8xf64>
    %expanded_12 = tensor.expand_shape %extracted_slice_8 [[0], [1], [2, 3]] output_shape [4, 8, 2, 8] : tensor<4x8x16xf64> into tensor<4x8x2x8xf64>
    %transposed_13 = linalg.transpose ins(%expanded_12 : tensor<4x8x2x8xf64>) outs(%20 : tensor<4x2x8x8xf64>) permutation = [0, 2, 1, 3] 
    %transposed_14 = linalg.transpose ins(%expanded_11 : tensor<4x8x2x8xf64>) outs(%20 : tensor<4x2x8x8xf64>) permutation = [0, 2, 3, 1] 
    %collapsed_15 = tensor.collapse_shape %transposed_10 [[0, 1], [2], [3]] : tensor<4x2x8x8xf64> into tensor<8x8x8xf64>
    %collapsed_16 = tensor.collapse_shape %transposed_14 [[0, 1], [2], [3]] : tensor<4x2x8x8xf64> into tensor<8x8x8xf64>
    %21 = tensor.empty() : tensor<8x8x8xf64>
    %22 = linalg.fill ins(%cst : f64) outs(%21 : tensor<8x8x8xf64>) -> tensor<8x8x8xf64>
    %23 = linalg.batch_matmul ins(%collapsed_15, %collapsed_16 : tensor<8x8x8xf64>, tensor<8x8x8xf64>) outs(%22 : tensor<8x8x8xf64>) -> tensor<8x8x8xf64>
    %expanded_17 = tensor.expand_shape %23 [[0, 1], [2], [3]] output_shape [4, 2, 8, 8] : tensor<8x8x8xf64> into tensor<4x2x8x8xf64>
    %24 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_17 : tensor<4x2x8x8xf64>) outs(%20 : tensor<4x2x8x8xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.mulf %in, %cst_3 : f64
      linalg.yield %72 : f64
    } -> tensor<4x2x8x8xf64>
    %25 = tensor.empty() : tensor<4x2x8xi64>
    %26 = linalg.fill ins(%c0_i64 : i64) outs(%25 : tensor<4x2x8xi64>) -> tensor<4x2x8xi64>
    %27 = tensor.empty() : tensor<4x2x8xf64>
    %28 = linalg.fill ins(%cst_0 : f64) outs(%27 : tensor<4x2x8xf64>) -> tensor<4x2x8xf64>
    %29:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%24 : tensor<4x2x8x8xf64>) outs(%28, %26 : tensor<4x2x8xf64>, tensor<4x2x8xi64>) {
    ^bb0(%in: f64, %out: f64, %out_32: i64):
      %72 = linalg.index 3 : index
      %73 = arith.index_cast %72 : index to i64
      %74 = arith.maximumf %in, %out : f64
      %75 = arith.cmpf ogt, %in, %out : f64
      %76 = arith.select %75, %73, %out_32 : i64
      linalg.yield %74, %76 : f64, i64
    } -> (tensor<4x2x8xf64>, tensor<4x2x8xi64>)
    %expanded_18 = tensor.expand_shape %29#0 [[0], [1], [2, 3]] output_shape [4, 2, 8, 1] : tensor<4x2x8xf64> into tensor<4x2x8x1xf64>
    %30 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%24, %expanded_18 : tensor<4x2x8x8xf64>, tensor<4x2x8x1xf64>) outs(%20 : tensor<4x2x8x8xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.subf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x2x8x8xf64>
    %31 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30 : tensor<4x2x8x8xf64>) outs(%20 : tensor<4x2x8x8xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = math.exp %in : f64
      linalg.yield %72 : f64
    } -> tensor<4x2x8x8xf64>
    %32 = tensor.empty() : tensor<4x2x8x1xf64>
    %33 = linalg.fill ins(%cst : f64) outs(%32 : tensor<4x2x8x1xf64>) -> tensor<4x2x8x1xf64>
    %34 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%31 : tensor<4x2x8x8xf64>) outs(%33 : tensor<4x2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.addf %in, %out : f64
      linalg.yield %72 : f64
    } -> tensor<4x2x8x1xf64>
    %35 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%31, %34 : tensor<4x2x8x8xf64>, tensor<4x2x8x1xf64>) outs(%20 : tensor<4x2x8x8xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.divf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x2x8x8xf64>
    %collapsed_19 = tensor.collapse_shape %35 [[0, 1], [2], [3]] : tensor<4x2x8x8xf64> into tensor<8x8x8xf64>
    %collapsed_20 = tensor.collapse_shape %transposed_13 [[0, 1], [2], [3]] : tensor<4x2x8x8xf64> into tensor<8x8x8xf64>
    %36 = linalg.batch_matmul ins(%collapsed_19, %collapsed_20 : tensor<8x8x8xf64>, tensor<8x8x8xf64>) outs(%22 : tensor<8x8x8xf64>) -> tensor<8x8x8xf64>
    %expanded_21 = tensor.expand_shape %36 [[0, 1], [2], [3]] output_shape [4, 2, 8, 8] : tensor<8x8x8xf64> into tensor<4x2x8x8xf64>
    %37 = tensor.empty() : tensor<4x8x2x8xf64>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<4x2x8x8xf64>) outs(%37 : tensor<4x8x2x8xf64>) permutation = [0, 2, 1, 3] 
    %collapsed_23 = tensor.collapse_shape %transposed_22 [[0, 1], [2, 3]] : tensor<4x8x2x8xf64> into tensor<32x16xf64>
    %38 = tensor.empty() : tensor<16x16xf64>
    %transposed_24 = linalg.transpose ins(%arg5 : tensor<16x16xf64>) outs(%38 : tensor<16x16xf64>) permutation = [1, 0] 
    %39 = tensor.empty() : tensor<32x16xf64>
    %40 = linalg.fill ins(%cst : f64) outs(%39 : tensor<32x16xf64>) -> tensor<32x16xf64>
    %41 = linalg.matmul ins(%collapsed_23, %transposed_24 : tensor<32x16xf64>, tensor<16x16xf64>) outs(%40 : tensor<32x16xf64>) -> tensor<32x16xf64>
    %42 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg6 : tensor<16xf64>) outs(%39 : tensor<32x16xf64>) {
    ^bb0(%in: f64, %out: f64):
      linalg.yield %in : f64
    } -> tensor<32x16xf64>
    %43 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%41, %42 : tensor<32x16xf64>, tensor<32x16xf64>) outs(%39 : tensor<32x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.addf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<32x16xf64>
    %expanded_25 = tensor.expand_shape %43 [[0, 1], [2]] output_shape [4, 8, 16] : tensor<32x16xf64> into tensor<4x8x16xf64>
    %44 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %expanded_25 : tensor<4x8x16xf64>, tensor<4x8x16xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.addf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %45 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%44 : tensor<4x8x16xf64>) outs(%1 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.addf %in, %out : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %46 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45 : tensor<4x8x1xf64>) outs(%0 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.divf %in, %cst_5 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %47 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44, %46 : tensor<4x8x16xf64>, tensor<4x8x1xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.subf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %48 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %47 : tensor<4x8x16xf64>, tensor<4x8x16xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.mulf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %49 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%48 : tensor<4x8x16xf64>) outs(%1 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.addf %in, %out : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %50 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%49 : tensor<4x8x1xf64>) outs(%0 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.divf %in, %cst_5 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %51 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%50 : tensor<4x8x1xf64>) outs(%0 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.addf %in, %cst_4 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %52 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51 : tensor<4x8x1xf64>) outs(%0 : tensor<4x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = math.rsqrt %in : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x1xf64>
    %53 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %52 : tensor<4x8x16xf64>, tensor<4x8x1xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.mulf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %54 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%53, %arg7 : tensor<4x8x16xf64>, tensor<16xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.mulf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %55 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54, %arg8 : tensor<4x8x16xf64>, tensor<16xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.addf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %collapsed_26 = tensor.collapse_shape %55 [[0, 1], [2]] : tensor<4x8x16xf64> into tensor<32x16xf64>
    %56 = tensor.empty() : tensor<16x32xf64>
    %transposed_27 = linalg.transpose ins(%arg9 : tensor<32x16xf64>) outs(%56 : tensor<16x32xf64>) permutation = [1, 0] 
    %57 = tensor.empty() : tensor<32x32xf64>
    %58 = linalg.fill ins(%cst : f64) outs(%57 : tensor<32x32xf64>) -> tensor<32x32xf64>
    %59 = linalg.matmul ins(%collapsed_26, %transposed_27 : tensor<32x16xf64>, tensor<16x32xf64>) outs(%58 : tensor<32x32xf64>) -> tensor<32x32xf64>
    %60 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg10 : tensor<32xf64>) outs(%57 : tensor<32x32xf64>) {
    ^bb0(%in: f64, %out: f64):
      linalg.yield %in : f64
    } -> tensor<32x32xf64>
    %61 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%59, %60 : tensor<32x32xf64>, tensor<32x32xf64>) outs(%57 : tensor<32x32xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.addf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<32x32xf64>
    %expanded_28 = tensor.expand_shape %61 [[0, 1], [2]] output_shape [4, 8, 32] : tensor<32x32xf64> into tensor<4x8x32xf64>
    %62 = tensor.empty() : tensor<4x8x32xf64>
    %63 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_28 : tensor<4x8x32xf64>) outs(%62 : tensor<4x8x32xf64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.divf %in, %cst_6 : f64
      %73 = math.erf %72 : f64
      %74 = arith.addf %73, %cst_1 : f64
      %75 = arith.mulf %74, %cst_2 : f64
      %76 = arith.mulf %in, %75 : f64
      linalg.yield %76 : f64
    } -> tensor<4x8x32xf64>
    %collapsed_29 = tensor.collapse_shape %63 [[0, 1], [2]] : tensor<4x8x32xf64> into tensor<32x32xf64>
    %transposed_30 = linalg.transpose ins(%arg11 : tensor<16x32xf64>) outs(%39 : tensor<32x16xf64>) permutation = [1, 0] 
    %64 = linalg.matmul ins(%collapsed_29, %transposed_30 : tensor<32x32xf64>, tensor<32x16xf64>) outs(%40 : tensor<32x16xf64>) -> tensor<32x16xf64>
    %65 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<16xf64>) outs(%39 : tensor<32x16xf64>) {
    ^bb0(%in: f64, %out: f64):
      linalg.yield %in : f64
    } -> tensor<32x16xf64>
    %66 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%64, %65 : tensor<32x16xf64>, tensor<32x16xf64>) outs(%39 : tensor<32x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.addf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<32x16xf64>
    %expanded_31 = tensor.expand_shape %66 [[0, 1], [2]] output_shape [4, 8, 16] : tensor<32x16xf64> into tensor<4x8x16xf64>
    %67 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44, %expanded_31 : tensor<4x8x16xf64>, tensor<4x8x16xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.addf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %68 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %67 : tensor<4x8x16xf64>, tensor<4x8x16xf64>) outs(%4 : tensor<4x8x16xf64>) {
    ^bb0(%in: f64, %in_32: f64, %out: f64):
      %72 = arith.mulf %in, %in_32 : f64
      linalg.yield %72 : f64
    } -> tensor<4x8x16xf64>
    %69 = tensor.empty() : tensor<f64>
    %70 = linalg.fill ins(%cst : f64) outs(%69 : tensor<f64>) -> tensor<f64>
    %71 = linalg.generic {indexing_maps = [#map, #map8], iterator_types = ["reduction", "reduction", "reduction"]} ins(%68 : tensor<4x8x16xf64>) outs(%70 : tensor<f64>) {
    ^bb0(%in: f64, %out: f64):
      %72 = arith.addf %in, %out : f64
      linalg.yield %72 : f64
    } -> tensor<f64>
    return %71 : tensor<f64>
  }
  func.func @step(%arg0: tensor<4x8x16xf64>, %arg1: tensor<16xf64>, %arg2: tensor<16xf64>, %arg3: tensor<48x16xf64>, %arg4: tensor<48xf64>, %arg5: tensor<16x16xf64>, %arg6: tensor<16xf64>, %arg7: tensor<16xf64>, %arg8: tensor<16xf64>, %arg9: tensor<32x16xf64>, %arg10: tensor<32xf64>, %arg11: tensor<16x32xf64>, %arg12: tensor<16xf64>) -> (tensor<f64>, tensor<4x8x16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<48x16xf64>, tensor<48xf64>, tensor<16x16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<32x16xf64>, tensor<32xf64>, tensor<16x32xf64>, tensor<16xf64>) {
    %0:14 = ckpt.value_and_grad @loss(%arg0, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12) wrt [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : (tensor<4x8x16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<48x16xf64>, tensor<48xf64>, tensor<16x16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<32x16xf64>, tensor<32xf64>, tensor<16x32xf64>, tensor<16xf64>) -> (tensor<f64>, tensor<4x8x16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<48x16xf64>, tensor<48xf64>, tensor<16x16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<32x16xf64>, tensor<32xf64>, tensor<16x32xf64>, tensor<16xf64>)
    return %0#0, %0#1, %0#2, %0#3, %0#4, %0#5, %0#6, %0#7, %0#8, %0#9, %0#10, %0#11, %0#12, %0#13 : tensor<f64>, tensor<4x8x16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<48x16xf64>, tensor<48xf64>, tensor<16x16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<16xf64>, tensor<32x16xf64>, tensor<32xf64>, tensor<16x32xf64>, tensor<16xf64>
  }
}

