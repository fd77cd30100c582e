// encoder_layer, exported by export_fixtures.py (torch 2.15.0).
#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map6 = affine_map<(d0, d1) -> (d1)>
#map7 = affine_map<(d0, d1) -> (d0, d1)>
#map8 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map9 = affine_map<(d0, d1, d2) -> ()>
#map10 = affine_map<() -> ()>
module {
  func.func @loss(%arg0: tensor<2x8x32xf32>, %arg1: tensor<96x32xf32>, %arg2: tensor<96xf32>, %arg3: tensor<32x32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<64x32xf32>, %arg6: tensor<64xf32>, %arg7: tensor<32x64xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<32xf32>) -> tensor<f32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_1 = arith.constant 0.000000e+00 : f64
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<2x4x8x8xf32>
    %cst_3 = arith.constant 1.000000e-05 : f64
    %cst_4 = arith.constant 0xFFF0000000000000 : f64
    %cst_5 = arith.constant 0.59460355750136051 : f64
    %cst_6 = arith.constant 3.200000e+01 : f64
    %cst_7 = arith.constant 3.200000e+01 : f32
    %cst_8 = arith.constant 2.560000e+02 : f32
    %0 = tensor.empty() : tensor<8x2x32xf32>
    %transposed = linalg.transpose ins(%arg0 : tensor<2x8x32xf32>) outs(%0 : tensor<8x2x32xf32>) permutation = [1, 0, 2] 
    %1 = tensor.empty() : tensor<32x96xf32>
    %transposed_9 = linalg.transpose ins(%arg1 : tensor<96x32xf32>) outs(%1 : tensor<32x96xf32>) permutation = [1, 0] 
    %2 = tensor.empty() : tensor<8x32x96xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_9 : tensor<32x96xf32>) outs(%2 : tensor<8x32x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<8x32x96xf32>
    %4 = tensor.empty() : tensor<8x2x96xf32>
    %5 = linalg.fill ins(%cst : f32) outs(%4 : tensor<8x2x96xf32>) -> tensor<8x2x96xf32>
    %6 = linalg.batch_matmul ins(%transposed, %3 : tensor<8x2x32xf32>, tensor<8x32x96xf32>) outs(%5 : tensor<8x2x96xf32>) -> tensor<8x2x96xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %arg2 : tensor<8x2x96xf32>, tensor<96xf32>) outs(%4 : tensor<8x2x96xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.addf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<8x2x96xf32>
    %expanded = tensor.expand_shape %7 [[0, 1], [2], [3, 4]] output_shape [1, 8, 2, 3, 32] : tensor<8x2x96xf32> into tensor<1x8x2x3x32xf32>
    %8 = tensor.empty() : tensor<3x8x2x1x32xf32>
    %transposed_10 = linalg.transpose ins(%expanded : tensor<1x8x2x3x32xf32>) outs(%8 : tensor<3x8x2x1x32xf32>) permutation = [3, 1, 2, 0, 4] 
    %collapsed = tensor.collapse_shape %transposed_10 [[0], [1], [2, 3], [4]] : tensor<3x8x2x1x32xf32> into tensor<3x8x2x32xf32>
    %extracted_slice = tensor.extract_slice %collapsed[0, 0, 0, 0] [1, 8, 2, 32] [1, 1, 1, 1] : tensor<3x8x2x32xf32> to tensor<1x8x2x32xf32>
    %extracted_slice_11 = tensor.extract_slice %collapsed[1, 0, 0, 0] [1, 8, 2, 32] [1, 1, 1, 1] : tensor<3x8x2x32xf32> to tensor<1x8x2x32xf32>
    %extracted_slice_12 = tensor.extract_slice %collapsed[2, 0, 0, 0] [1, 8, 2, 32] [1, 1, 1, 1] : tensor<3x8x2x32xf32> to tensor<1x8x2x32xf32>
    %collapsed_13 = tensor.collapse_shape %extracted_slice [[0, 1], [2, 3]] : tensor<1x8x2x32xf32> into tensor<8x64xf32>
    %expanded_14 = tensor.expand_shape %collapsed_13 [[0], [1, 2]] output_shape [8, 8, 8] : tensor<8x64xf32> into tensor<8x8x8xf32>
    %9 = tensor.empty() : tensor<8x8x8xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<8x8x8xf32>) outs(%9 : tensor<8x8x8xf32>) permutation = [1, 0, 2] 
    %collapsed_16 = tensor.collapse_shape %extracted_slice_11 [[0, 1], [2, 3]] : tensor<1x8x2x32xf32> into tensor<8x64xf32>
    %expanded_17 = tensor.expand_shape %collapsed_16 [[0], [1, 2]] output_shape [8, 8, 8] : tensor<8x64xf32> into tensor<8x8x8xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<8x8x8xf32>) outs(%9 : tensor<8x8x8xf32>) permutation = [1, 0, 2] 
    %collapsed_19 = tensor.collapse_shape %extracted_slice_12 [[0, 1], [2, 3]] : tensor<1x8x2x32xf32> into tensor<8x64xf32>
    %expanded_20 = tensor.expand_shape %collapsed_19 [[0], [1, 2]] output_shape [8, 8, 8] : tensor<8x64xf32> into tensor<8x8x8xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<8x8x8xf32>) outs(%9 : tensor<8x8x8xf32>) permutation = [1, 0, 2] 
    %expanded_22 = tensor.expand_shape %transposed_15 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %expanded_23 = tensor.expand_shape %transposed_18 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %10 = tensor.empty() : tensor<2x4x8x8xf32>
    %11 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_22 : tensor<2x4x8x8xf32>) outs(%10 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.truncf %cst_5 : f64 to f32
      %99 = arith.mulf %in, %98 : f32
      linalg.yield %99 : f32
    } -> tensor<2x4x8x8xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x4x8x8xf32>) outs(%10 : tensor<2x4x8x8xf32>) permutation = [0, 1, 3, 2] 
    %12 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<2x4x8x8xf32>) outs(%10 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.truncf %cst_5 : f64 to f32
      %99 = arith.mulf %in, %98 : f32
      linalg.yield %99 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_25 = tensor.collapse_shape %11 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_26 = tensor.collapse_shape %12 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %13 = linalg.fill ins(%cst : f32) outs(%9 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %14 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<8x8x8xf32>, tensor<8x8x8xf32>) outs(%13 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_27 = tensor.expand_shape %14 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %15 = tensor.empty() : tensor<2x4x8xi64>
    %16 = linalg.fill ins(%c0_i64 : i64) outs(%15 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %17 = tensor.empty() : tensor<2x4x8xf32>
    %18 = linalg.fill ins(%cst_0 : f32) outs(%17 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %19:2 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_27 : tensor<2x4x8x8xf32>) outs(%18, %16 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_43: i64):
      %98 = linalg.index 3 : index
      %99 = arith.index_cast %98 : index to i64
      %100 = arith.maximumf %in, %out : f32
      %101 = arith.cmpf ogt, %in, %out : f32
      %102 = arith.select %101, %99, %out_43 : i64
      linalg.yield %100, %102 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_28 = tensor.expand_shape %19#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %20 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27, %expanded_28 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%10 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.subf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x4x8x8xf32>
    %21 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20 : tensor<2x4x8x8xf32>) outs(%10 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = math.exp %in : f32
      linalg.yield %98 : f32
    } -> tensor<2x4x8x8xf32>
    %22 = tensor.empty() : tensor<2x4x8x1xf32>
    %23 = linalg.fill ins(%cst : f32) outs(%22 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %24 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%21 : tensor<2x4x8x8xf32>) outs(%23 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.addf %in, %out : f32
      linalg.yield %98 : f32
    } -> tensor<2x4x8x1xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %24 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%10 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.divf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x4x8x8xf32>
    %26 = tensor.empty() : tensor<2x4x8x8xi1>
    %27 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x4x8x8xf32>) outs(%26 : tensor<2x4x8x8xi1>) {
    ^bb0(%in: f32, %out: i1):
      %98 = arith.extf %in : f32 to f64
      %99 = arith.cmpf oeq, %98, %cst_4 : f64
      linalg.yield %99 : i1
    } -> tensor<2x4x8x8xi1>
    %28 = tensor.empty() : tensor<2x4x8x1xi1>
    %29 = linalg.fill ins(%true : i1) outs(%28 : tensor<2x4x8x1xi1>) -> tensor<2x4x8x1xi1>
    %30 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%27 : tensor<2x4x8x8xi1>) outs(%29 : tensor<2x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %98 = arith.andi %in, %out : i1
      linalg.yield %98 : i1
    } -> tensor<2x4x8x1xi1>
    %31 = linalg.generic {indexing_maps = [#map5, #map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30, %cst_2, %25 : tensor<2x4x8x1xi1>, tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%10 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: i1, %in_43: f32, %in_44: f32, %out: f32):
      %98 = arith.select %in, %in_43, %in_44 : f32
      linalg.yield %98 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_29 = tensor.collapse_shape %31 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %32 = linalg.batch_matmul ins(%collapsed_29, %transposed_21 : tensor<8x8x8xf32>, tensor<8x8x8xf32>) outs(%13 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_30 = tensor.expand_shape %32 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %33 = tensor.empty() : tensor<8x2x4x8xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<2x4x8x8xf32>) outs(%33 : tensor<8x2x4x8xf32>) permutation = [2, 0, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0, 1], [2, 3]] : tensor<8x2x4x8xf32> into tensor<16x32xf32>
    %34 = tensor.empty() : tensor<32x32xf32>
    %transposed_33 = linalg.transpose ins(%arg3 : tensor<32x32xf32>) outs(%34 : tensor<32x32xf32>) permutation = [1, 0] 
    %35 = tensor.empty() : tensor<16x32xf32>
    %36 = linalg.fill ins(%cst : f32) outs(%35 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %37 = linalg.matmul ins(%collapsed_32, %transposed_33 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%36 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %38 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%arg4 : tensor<32xf32>) outs(%35 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %39 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%37, %38 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%35 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.addf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<16x32xf32>
    %expanded_34 = tensor.expand_shape %39 [[0, 1], [2]] output_shape [8, 2, 32] : tensor<16x32xf32> into tensor<8x2x32xf32>
    %40 = tensor.empty() : tensor<2x8x32xf32>
    %transposed_35 = linalg.transpose ins(%expanded_34 : tensor<8x2x32xf32>) outs(%40 : tensor<2x8x32xf32>) permutation = [1, 0, 2] 
    %41 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %transposed_35 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%40 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.addf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x32xf32>
    %42 = tensor.empty() : tensor<2x8x32xf64>
    %43 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41 : tensor<2x8x32xf32>) outs(%42 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %98 = arith.extf %in : f32 to f64
      linalg.yield %98 : f64
    } -> tensor<2x8x32xf64>
    %44 = tensor.empty() : tensor<2x8x1xf64>
    %45 = linalg.fill ins(%cst_1 : f64) outs(%44 : tensor<2x8x1xf64>) -> tensor<2x8x1xf64>
    %46 = linalg.generic {indexing_maps = [#map1, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%43 : tensor<2x8x32xf64>) outs(%45 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %98 = arith.addf %in, %out : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x1xf64>
    %47 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46 : tensor<2x8x1xf64>) outs(%44 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %98 = arith.divf %in, %cst_6 : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x1xf64>
    %48 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43, %47 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%42 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_43: f64, %out: f64):
      %98 = arith.subf %in, %in_43 : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x32xf64>
    %49 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%48, %48 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%42 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_43: f64, %out: f64):
      %98 = arith.mulf %in, %in_43 : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x32xf64>
    %50 = linalg.generic {indexing_maps = [#map1, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%49 : tensor<2x8x32xf64>) outs(%45 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %98 = arith.addf %in, %out : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x1xf64>
    %51 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%50 : tensor<2x8x1xf64>) outs(%44 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %98 = arith.divf %in, %cst_6 : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x1xf64>
    %52 = tensor.empty() : tensor<2x8x1xf32>
    %53 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51 : tensor<2x8x1xf64>) outs(%52 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %98 = arith.truncf %in : f64 to f32
      linalg.yield %98 : f32
    } -> tensor<2x8x1xf32>
    %54 = linalg.fill ins(%cst : f32) outs(%52 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %55 = linalg.generic {indexing_maps = [#map1, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%41 : tensor<2x8x32xf32>) outs(%54 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.addf %in, %out : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x1xf32>
    %56 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55 : tensor<2x8x1xf32>) outs(%52 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.divf %in, %cst_7 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x1xf32>
    %57 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%53 : tensor<2x8x1xf32>) outs(%52 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.truncf %cst_3 : f64 to f32
      %99 = arith.addf %in, %98 : f32
      linalg.yield %99 : f32
    } -> tensor<2x8x1xf32>
    %58 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%57 : tensor<2x8x1xf32>) outs(%52 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = math.rsqrt %in : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x1xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %56 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%40 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.subf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x32xf32>
    %60 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59, %58 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%40 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.mulf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x32xf32>
    %61 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60, %arg9 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%40 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.mulf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x32xf32>
    %62 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61, %arg10 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%40 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.addf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x32xf32>
    %collapsed_36 = tensor.collapse_shape %62 [[0, 1], [2]] : tensor<2x8x32xf32> into tensor<16x32xf32>
    %63 = tensor.empty() : tensor<32x64xf32>
    %transposed_37 = linalg.transpose ins(%arg5 : tensor<64x32xf32>) outs(%63 : tensor<32x64xf32>) permutation = [1, 0] 
    %64 = tensor.empty() : tensor<16x64xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%64 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %66 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%65 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%arg6 : tensor<64xf32>) outs(%64 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%66, %67 : tensor<16x64xf32>, tensor<16x64xf32>) outs(%64 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.addf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<16x64xf32>
    %expanded_38 = tensor.expand_shape %68 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %69 = tensor.empty() : tensor<2x8x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x8x64xf32>) outs(%69 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.cmpf ugt, %in, %cst : f32
      %99 = arith.select %98, %in, %cst : f32
      linalg.yield %99 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_39 = tensor.collapse_shape %70 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %71 = tensor.empty() : tensor<64x32xf32>
    %transposed_40 = linalg.transpose ins(%arg7 : tensor<32x64xf32>) outs(%71 : tensor<64x32xf32>) permutation = [1, 0] 
    %72 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%36 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %73 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%arg8 : tensor<32xf32>) outs(%35 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %74 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%72, %73 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%35 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.addf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<16x32xf32>
    %expanded_41 = tensor.expand_shape %74 [[0, 1], [2]] output_shape [2, 8, 32] : tensor<16x32xf32> into tensor<2x8x32xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62, %expanded_41 : tensor<2x8x32xf32>, tensor<2x8x32xf32>) outs(%40 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.addf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x32xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x8x32xf32>) outs(%42 : tensor<2x8x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %98 = arith.extf %in : f32 to f64
      linalg.yield %98 : f64
    } -> tensor<2x8x32xf64>
    %77 = linalg.generic {indexing_maps = [#map1, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%76 : tensor<2x8x32xf64>) outs(%45 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %98 = arith.addf %in, %out : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x1xf64>
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x8x1xf64>) outs(%44 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %98 = arith.divf %in, %cst_6 : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x1xf64>
    %79 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %78 : tensor<2x8x32xf64>, tensor<2x8x1xf64>) outs(%42 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_43: f64, %out: f64):
      %98 = arith.subf %in, %in_43 : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x32xf64>
    %80 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %79 : tensor<2x8x32xf64>, tensor<2x8x32xf64>) outs(%42 : tensor<2x8x32xf64>) {
    ^bb0(%in: f64, %in_43: f64, %out: f64):
      %98 = arith.mulf %in, %in_43 : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x32xf64>
    %81 = linalg.generic {indexing_maps = [#map1, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%80 : tensor<2x8x32xf64>) outs(%45 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %98 = arith.addf %in, %out : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x1xf64>
    %82 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x8x1xf64>) outs(%44 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %98 = arith.divf %in, %cst_6 : f64
      linalg.yield %98 : f64
    } -> tensor<2x8x1xf64>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x8x1xf64>) outs(%52 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %98 = arith.truncf %in : f64 to f32
      linalg.yield %98 : f32
    } -> tensor<2x8x1xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%75 : tensor<2x8x32xf32>) outs(%54 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.addf %in, %out : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x8x1xf32>) outs(%52 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.divf %in, %cst_7 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x1xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x8x1xf32>) outs(%52 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.truncf %cst_3 : f64 to f32
      %99 = arith.addf %in, %98 : f32
      linalg.yield %99 : f32
    } -> tensor<2x8x1xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x8x1xf32>) outs(%52 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = math.rsqrt %in : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x1xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %85 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%40 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.subf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x32xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %87 : tensor<2x8x32xf32>, tensor<2x8x1xf32>) outs(%40 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.mulf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x32xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %arg11 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%40 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.mulf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x32xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %arg12 : tensor<2x8x32xf32>, tensor<32xf32>) outs(%40 : tensor<2x8x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.addf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x32xf32>
    %extracted_slice_42 = tensor.extract_slice %91[0, 0, 0] [2, 8, 16] [1, 1, 1] : tensor<2x8x32xf32> to tensor<2x8x16xf32>
    %92 = tensor.empty() : tensor<2x8x16xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_42, %extracted_slice_42 : tensor<2x8x16xf32>, tensor<2x8x16xf32>) outs(%92 : tensor<2x8x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %98 = arith.mulf %in, %in_43 : f32
      linalg.yield %98 : f32
    } -> tensor<2x8x16xf32>
    %94 = tensor.empty() : tensor<f32>
    %95 = linalg.fill ins(%cst : f32) outs(%94 : tensor<f32>) -> tensor<f32>
    %96 = linalg.generic {indexing_maps = [#map1, #map9], iterator_types = ["reduction", "reduction", "reduction"]} ins(%93 : tensor<2x8x16xf32>) outs(%95 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.addf %in, %out : f32
      linalg.yield %98 : f32
    } -> tensor<f32>
    %97 = linalg.generic {indexing_maps = [#map10, #map10], iterator_types = []} ins(%96 : tensor<f32>) outs(%94 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %98 = arith.divf %in, %cst_8 : f32
      linalg.yield %98 : f32
    } -> tensor<f32>
    return %97 : tensor<f32>
  }
  func.func @step(%arg0: tensor<2x8x32xf32>, %arg1: tensor<96x32xf32>, %arg2: tensor<96xf32>, %arg3: tensor<32x32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<64x32xf32>, %arg6: tensor<64xf32>, %arg7: tensor<32x64xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<32xf32>) -> (tensor<f32>, tensor<96x32xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>) {
    %0:13 = ckpt.value_and_grad @loss(%arg0, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12) wrt [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : (tensor<2x8x32xf32>, tensor<96x32xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>) -> (tensor<f32>, tensor<96x32xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>)
    return %0#0, %0#1, %0#2, %0#3, %0#4, %0#5, %0#6, %0#7, %0#8, %0#9, %0#10, %0#11, %0#12 : tensor<f32>, tensor<96x32xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>
  }
}
