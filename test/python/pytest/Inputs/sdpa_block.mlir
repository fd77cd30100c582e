// sdpa_block, exported by export_fixtures.py (torch 2.15.0).
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0, d1) -> (d1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map6 = affine_map<(d0) -> (d0)>
#map7 = affine_map<(d0, d1) -> (0, d1)>
#map8 = affine_map<(d0, d1) -> (d0, 0)>
#map9 = affine_map<(d0, d1) -> ()>
#map10 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map13 = affine_map<(d0, d1, d2) -> ()>
#map14 = affine_map<() -> ()>
module {
  func.func @loss(%arg0: tensor<1x16x32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<96x32xf32>, %arg4: tensor<96xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<64x32xf32>, %arg10: tensor<64xf32>, %arg11: tensor<32x64xf32>, %arg12: tensor<32xf32>) -> tensor<f32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<1x4x16x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_7 = arith.constant dense<true> : tensor<16x16xi1>
    %cst_8 = arith.constant 0xFFF0000000000000 : f64
    %cst_9 = arith.constant 0.59460355750136051 : f64
    %cst_10 = arith.constant 1.000000e-05 : f64
    %cst_11 = arith.constant 3.200000e+01 : f64
    %cst_12 = arith.constant 3.200000e+01 : f32
    %cst_13 = arith.constant 1.41421354 : f32
    %cst_14 = arith.constant 2.560000e+02 : f32
    %0 = tensor.empty() : tensor<1x16x32xf64>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %109 = arith.extf %in : f32 to f64
      linalg.yield %109 : f64
    } -> tensor<1x16x32xf64>
    %2 = tensor.empty() : tensor<1x16x1xf64>
    %3 = linalg.fill ins(%cst : f64) outs(%2 : tensor<1x16x1xf64>) -> tensor<1x16x1xf64>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<1x16x32xf64>) outs(%3 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.addf %in, %out : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x1xf64>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<1x16x1xf64>) outs(%2 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.divf %in, %cst_11 : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x1xf64>
    %6 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %5 : tensor<1x16x32xf64>, tensor<1x16x1xf64>) outs(%0 : tensor<1x16x32xf64>) {
    ^bb0(%in: f64, %in_43: f64, %out: f64):
      %109 = arith.subf %in, %in_43 : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x32xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %6 : tensor<1x16x32xf64>, tensor<1x16x32xf64>) outs(%0 : tensor<1x16x32xf64>) {
    ^bb0(%in: f64, %in_43: f64, %out: f64):
      %109 = arith.mulf %in, %in_43 : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x32xf64>
    %8 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%7 : tensor<1x16x32xf64>) outs(%3 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.addf %in, %out : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x1xf64>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<1x16x1xf64>) outs(%2 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.divf %in, %cst_11 : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x1xf64>
    %10 = tensor.empty() : tensor<1x16x1xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %109 = arith.truncf %in : f64 to f32
      linalg.yield %109 : f32
    } -> tensor<1x16x1xf32>
    %12 = linalg.fill ins(%cst_0 : f32) outs(%10 : tensor<1x16x1xf32>) -> tensor<1x16x1xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0 : tensor<1x16x32xf32>) outs(%12 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.addf %in, %out : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<1x16x1xf32>) outs(%10 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.divf %in, %cst_12 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<1x16x1xf32>) outs(%10 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.truncf %cst_10 : f64 to f32
      %110 = arith.addf %in, %109 : f32
      linalg.yield %110 : f32
    } -> tensor<1x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<1x16x1xf32>) outs(%10 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = math.rsqrt %in : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x1xf32>
    %17 = tensor.empty() : tensor<1x16x32xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %14 : tensor<1x16x32xf32>, tensor<1x16x1xf32>) outs(%17 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.subf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x32xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %16 : tensor<1x16x32xf32>, tensor<1x16x1xf32>) outs(%17 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.mulf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x32xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %arg1 : tensor<1x16x32xf32>, tensor<32xf32>) outs(%17 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.mulf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x32xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %arg2 : tensor<1x16x32xf32>, tensor<32xf32>) outs(%17 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.addf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x32xf32>
    %collapsed = tensor.collapse_shape %21 [[0, 1], [2]] : tensor<1x16x32xf32> into tensor<16x32xf32>
    %22 = tensor.empty() : tensor<32x96xf32>
    %transposed = linalg.transpose ins(%arg3 : tensor<96x32xf32>) outs(%22 : tensor<32x96xf32>) permutation = [1, 0] 
    %23 = tensor.empty() : tensor<16x96xf32>
    %24 = linalg.fill ins(%cst_0 : f32) outs(%23 : tensor<16x96xf32>) -> tensor<16x96xf32>
    %25 = linalg.matmul ins(%collapsed, %transposed : tensor<16x32xf32>, tensor<32x96xf32>) outs(%24 : tensor<16x96xf32>) -> tensor<16x96xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg4 : tensor<96xf32>) outs(%23 : tensor<16x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x96xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%25, %26 : tensor<16x96xf32>, tensor<16x96xf32>) outs(%23 : tensor<16x96xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.addf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<16x96xf32>
    %expanded = tensor.expand_shape %27 [[0, 1], [2]] output_shape [1, 16, 96] : tensor<16x96xf32> into tensor<1x16x96xf32>
    %extracted_slice = tensor.extract_slice %expanded[0, 0, 0] [1, 16, 32] [1, 1, 1] : tensor<1x16x96xf32> to tensor<1x16x32xf32>
    %extracted_slice_15 = tensor.extract_slice %expanded[0, 0, 32] [1, 16, 32] [1, 1, 1] : tensor<1x16x96xf32> to tensor<1x16x32xf32>
    %extracted_slice_16 = tensor.extract_slice %expanded[0, 0, 64] [1, 16, 32] [1, 1, 1] : tensor<1x16x96xf32> to tensor<1x16x32xf32>
    %expanded_17 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [1, 16, 4, 8] : tensor<1x16x32xf32> into tensor<1x16x4x8xf32>
    %28 = tensor.empty() : tensor<1x4x16x8xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<1x16x4x8xf32>) outs(%28 : tensor<1x4x16x8xf32>) permutation = [0, 2, 1, 3] 
    %expanded_19 = tensor.expand_shape %extracted_slice_15 [[0], [1], [2, 3]] output_shape [1, 16, 4, 8] : tensor<1x16x32xf32> into tensor<1x16x4x8xf32>
    %expanded_20 = tensor.expand_shape %extracted_slice_16 [[0], [1], [2, 3]] output_shape [1, 16, 4, 8] : tensor<1x16x32xf32> into tensor<1x16x4x8xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<1x16x4x8xf32>) outs(%28 : tensor<1x4x16x8xf32>) permutation = [0, 2, 1, 3] 
    %29 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_18 : tensor<1x4x16x8xf32>) outs(%28 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.truncf %cst_9 : f64 to f32
      %110 = arith.mulf %in, %109 : f32
      linalg.yield %110 : f32
    } -> tensor<1x4x16x8xf32>
    %30 = tensor.empty() : tensor<16xi64>
    %31 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel"]} outs(%30 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %109 = linalg.index 0 : index
      %110 = arith.index_cast %109 : index to i64
      linalg.yield %110 : i64
    } -> tensor<16xi64>
    %expanded_22 = tensor.expand_shape %31 [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
    %expanded_23 = tensor.expand_shape %31 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %32 = tensor.empty() : tensor<16x16xi64>
    %33 = linalg.generic {indexing_maps = [#map7, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded_22, %expanded_23 : tensor<1x16xi64>, tensor<16x1xi64>) outs(%32 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_43: i64, %out: i64):
      %109 = arith.subi %in, %in_43 : i64
      linalg.yield %109 : i64
    } -> tensor<16x16xi64>
    %34 = tensor.empty() : tensor<16x16xi1>
    %35 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%33 : tensor<16x16xi64>) outs(%34 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %109 = arith.cmpi sle, %in, %c0_i64 : i64
      linalg.yield %109 : i1
    } -> tensor<16x16xi1>
    %36 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%35, %cst_7 : tensor<16x16xi1>, tensor<16x16xi1>) outs(%34 : tensor<16x16xi1>) {
    ^bb0(%in: i1, %in_43: i1, %out: i1):
      %109 = arith.andi %in, %in_43 : i1
      linalg.yield %109 : i1
    } -> tensor<16x16xi1>
    %37 = tensor.empty() : tensor<16x16xf32>
    %38 = linalg.generic {indexing_maps = [#map4, #map9, #map9, #map4], iterator_types = ["parallel", "parallel"]} ins(%36, %cst_5, %cst_6 : tensor<16x16xi1>, tensor<f32>, tensor<f32>) outs(%37 : tensor<16x16xf32>) {
    ^bb0(%in: i1, %in_43: f32, %in_44: f32, %out: f32):
      %109 = arith.select %in, %in_43, %in_44 : f32
      linalg.yield %109 : f32
    } -> tensor<16x16xf32>
    %39 = tensor.empty() : tensor<1x4x8x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_19 : tensor<1x16x4x8xf32>) outs(%39 : tensor<1x4x8x16xf32>) permutation = [0, 2, 3, 1] 
    %40 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<1x4x8x16xf32>) outs(%39 : tensor<1x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.truncf %cst_9 : f64 to f32
      %110 = arith.mulf %in, %109 : f32
      linalg.yield %110 : f32
    } -> tensor<1x4x8x16xf32>
    %collapsed_25 = tensor.collapse_shape %29 [[0, 1], [2], [3]] : tensor<1x4x16x8xf32> into tensor<4x16x8xf32>
    %collapsed_26 = tensor.collapse_shape %40 [[0, 1], [2], [3]] : tensor<1x4x8x16xf32> into tensor<4x8x16xf32>
    %41 = tensor.empty() : tensor<4x16x16xf32>
    %42 = linalg.fill ins(%cst_0 : f32) outs(%41 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %43 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<4x16x8xf32>, tensor<4x8x16xf32>) outs(%42 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %expanded_27 = tensor.expand_shape %43 [[0, 1], [2], [3]] output_shape [1, 4, 16, 16] : tensor<4x16x16xf32> into tensor<1x4x16x16xf32>
    %44 = tensor.empty() : tensor<1x4x16x16xf32>
    %45 = linalg.generic {indexing_maps = [#map5, #map10, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27, %38 : tensor<1x4x16x16xf32>, tensor<16x16xf32>) outs(%44 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.addf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x4x16x16xf32>
    %46 = tensor.empty() : tensor<1x4x16xi64>
    %47 = linalg.fill ins(%c0_i64 : i64) outs(%46 : tensor<1x4x16xi64>) -> tensor<1x4x16xi64>
    %48 = tensor.empty() : tensor<1x4x16xf32>
    %49 = linalg.fill ins(%cst_1 : f32) outs(%48 : tensor<1x4x16xf32>) -> tensor<1x4x16xf32>
    %50:2 = linalg.generic {indexing_maps = [#map5, #map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%45 : tensor<1x4x16x16xf32>) outs(%49, %47 : tensor<1x4x16xf32>, tensor<1x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_43: i64):
      %109 = linalg.index 3 : index
      %110 = arith.index_cast %109 : index to i64
      %111 = arith.maximumf %in, %out : f32
      %112 = arith.cmpf ogt, %in, %out : f32
      %113 = arith.select %112, %110, %out_43 : i64
      linalg.yield %111, %113 : f32, i64
    } -> (tensor<1x4x16xf32>, tensor<1x4x16xi64>)
    %expanded_28 = tensor.expand_shape %50#0 [[0], [1], [2, 3]] output_shape [1, 4, 16, 1] : tensor<1x4x16xf32> into tensor<1x4x16x1xf32>
    %51 = linalg.generic {indexing_maps = [#map5, #map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %expanded_28 : tensor<1x4x16x16xf32>, tensor<1x4x16x1xf32>) outs(%44 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.subf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x4x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51 : tensor<1x4x16x16xf32>) outs(%44 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = math.exp %in : f32
      linalg.yield %109 : f32
    } -> tensor<1x4x16x16xf32>
    %53 = tensor.empty() : tensor<1x4x16x1xf32>
    %54 = linalg.fill ins(%cst_0 : f32) outs(%53 : tensor<1x4x16x1xf32>) -> tensor<1x4x16x1xf32>
    %55 = linalg.generic {indexing_maps = [#map5, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%52 : tensor<1x4x16x16xf32>) outs(%54 : tensor<1x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.addf %in, %out : f32
      linalg.yield %109 : f32
    } -> tensor<1x4x16x1xf32>
    %56 = linalg.generic {indexing_maps = [#map5, #map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %55 : tensor<1x4x16x16xf32>, tensor<1x4x16x1xf32>) outs(%44 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.divf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x4x16x16xf32>
    %57 = tensor.empty() : tensor<1x4x16x16xi1>
    %58 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45 : tensor<1x4x16x16xf32>) outs(%57 : tensor<1x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %109 = arith.extf %in : f32 to f64
      %110 = arith.cmpf oeq, %109, %cst_8 : f64
      linalg.yield %110 : i1
    } -> tensor<1x4x16x16xi1>
    %59 = tensor.empty() : tensor<1x4x16x1xi1>
    %60 = linalg.fill ins(%true : i1) outs(%59 : tensor<1x4x16x1xi1>) -> tensor<1x4x16x1xi1>
    %61 = linalg.generic {indexing_maps = [#map5, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%58 : tensor<1x4x16x16xi1>) outs(%60 : tensor<1x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %109 = arith.andi %in, %out : i1
      linalg.yield %109 : i1
    } -> tensor<1x4x16x1xi1>
    %62 = linalg.generic {indexing_maps = [#map12, #map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %cst_4, %56 : tensor<1x4x16x1xi1>, tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) outs(%44 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: i1, %in_43: f32, %in_44: f32, %out: f32):
      %109 = arith.select %in, %in_43, %in_44 : f32
      linalg.yield %109 : f32
    } -> tensor<1x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %62 [[0, 1], [2], [3]] : tensor<1x4x16x16xf32> into tensor<4x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<1x4x16x8xf32> into tensor<4x16x8xf32>
    %63 = tensor.empty() : tensor<4x16x8xf32>
    %64 = linalg.fill ins(%cst_0 : f32) outs(%63 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
    %65 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<4x16x16xf32>, tensor<4x16x8xf32>) outs(%64 : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
    %expanded_31 = tensor.expand_shape %65 [[0, 1], [2], [3]] output_shape [1, 4, 16, 8] : tensor<4x16x8xf32> into tensor<1x4x16x8xf32>
    %66 = tensor.empty() : tensor<1x16x4x8xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<1x4x16x8xf32>) outs(%66 : tensor<1x16x4x8xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0, 1], [2, 3]] : tensor<1x16x4x8xf32> into tensor<16x32xf32>
    %67 = tensor.empty() : tensor<32x32xf32>
    %transposed_34 = linalg.transpose ins(%arg5 : tensor<32x32xf32>) outs(%67 : tensor<32x32xf32>) permutation = [1, 0] 
    %68 = tensor.empty() : tensor<16x32xf32>
    %69 = linalg.fill ins(%cst_0 : f32) outs(%68 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %70 = linalg.matmul ins(%collapsed_33, %transposed_34 : tensor<16x32xf32>, tensor<32x32xf32>) outs(%69 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %71 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg6 : tensor<32xf32>) outs(%68 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %72 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%70, %71 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%68 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.addf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<16x32xf32>
    %expanded_35 = tensor.expand_shape %72 [[0, 1], [2]] output_shape [1, 16, 32] : tensor<16x32xf32> into tensor<1x16x32xf32>
    %73 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %expanded_35 : tensor<1x16x32xf32>, tensor<1x16x32xf32>) outs(%17 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.addf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x32xf32>
    %74 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<1x16x32xf32>) outs(%0 : tensor<1x16x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %109 = arith.extf %in : f32 to f64
      linalg.yield %109 : f64
    } -> tensor<1x16x32xf64>
    %75 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%74 : tensor<1x16x32xf64>) outs(%3 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.addf %in, %out : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x1xf64>
    %76 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<1x16x1xf64>) outs(%2 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.divf %in, %cst_11 : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x1xf64>
    %77 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %76 : tensor<1x16x32xf64>, tensor<1x16x1xf64>) outs(%0 : tensor<1x16x32xf64>) {
    ^bb0(%in: f64, %in_43: f64, %out: f64):
      %109 = arith.subf %in, %in_43 : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x32xf64>
    %78 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %77 : tensor<1x16x32xf64>, tensor<1x16x32xf64>) outs(%0 : tensor<1x16x32xf64>) {
    ^bb0(%in: f64, %in_43: f64, %out: f64):
      %109 = arith.mulf %in, %in_43 : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x32xf64>
    %79 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%78 : tensor<1x16x32xf64>) outs(%3 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.addf %in, %out : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x1xf64>
    %80 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<1x16x1xf64>) outs(%2 : tensor<1x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.divf %in, %cst_11 : f64
      linalg.yield %109 : f64
    } -> tensor<1x16x1xf64>
    %81 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<1x16x1xf64>) outs(%10 : tensor<1x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %109 = arith.truncf %in : f64 to f32
      linalg.yield %109 : f32
    } -> tensor<1x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%73 : tensor<1x16x32xf32>) outs(%12 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.addf %in, %out : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<1x16x1xf32>) outs(%10 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.divf %in, %cst_12 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<1x16x1xf32>) outs(%10 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.truncf %cst_10 : f64 to f32
      %110 = arith.addf %in, %109 : f32
      linalg.yield %110 : f32
    } -> tensor<1x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<1x16x1xf32>) outs(%10 : tensor<1x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = math.rsqrt %in : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %83 : tensor<1x16x32xf32>, tensor<1x16x1xf32>) outs(%17 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.subf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x32xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %85 : tensor<1x16x32xf32>, tensor<1x16x1xf32>) outs(%17 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.mulf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x32xf32>
    %88 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %arg7 : tensor<1x16x32xf32>, tensor<32xf32>) outs(%17 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.mulf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x32xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %arg8 : tensor<1x16x32xf32>, tensor<32xf32>) outs(%17 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.addf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x32xf32>
    %collapsed_36 = tensor.collapse_shape %89 [[0, 1], [2]] : tensor<1x16x32xf32> into tensor<16x32xf32>
    %90 = tensor.empty() : tensor<32x64xf32>
    %transposed_37 = linalg.transpose ins(%arg9 : tensor<64x32xf32>) outs(%90 : tensor<32x64xf32>) permutation = [1, 0] 
    %91 = tensor.empty() : tensor<16x64xf32>
    %92 = linalg.fill ins(%cst_0 : f32) outs(%91 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %93 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<16x32xf32>, tensor<32x64xf32>) outs(%92 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg10 : tensor<64xf32>) outs(%91 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%93, %94 : tensor<16x64xf32>, tensor<16x64xf32>) outs(%91 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.addf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<16x64xf32>
    %expanded_38 = tensor.expand_shape %95 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %96 = tensor.empty() : tensor<1x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<1x16x64xf32>) outs(%96 : tensor<1x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.divf %in, %cst_13 : f32
      %110 = math.erf %109 : f32
      %111 = arith.addf %110, %cst_2 : f32
      %112 = arith.mulf %111, %cst_3 : f32
      %113 = arith.mulf %in, %112 : f32
      linalg.yield %113 : f32
    } -> tensor<1x16x64xf32>
    %collapsed_39 = tensor.collapse_shape %97 [[0, 1], [2]] : tensor<1x16x64xf32> into tensor<16x64xf32>
    %98 = tensor.empty() : tensor<64x32xf32>
    %transposed_40 = linalg.transpose ins(%arg11 : tensor<32x64xf32>) outs(%98 : tensor<64x32xf32>) permutation = [1, 0] 
    %99 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<16x64xf32>, tensor<64x32xf32>) outs(%69 : tensor<16x32xf32>) -> tensor<16x32xf32>
    %100 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<32xf32>) outs(%68 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<16x32xf32>
    %101 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%99, %100 : tensor<16x32xf32>, tensor<16x32xf32>) outs(%68 : tensor<16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.addf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<16x32xf32>
    %expanded_41 = tensor.expand_shape %101 [[0, 1], [2]] output_shape [1, 16, 32] : tensor<16x32xf32> into tensor<1x16x32xf32>
    %102 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %expanded_41 : tensor<1x16x32xf32>, tensor<1x16x32xf32>) outs(%17 : tensor<1x16x32xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.addf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x32xf32>
    %extracted_slice_42 = tensor.extract_slice %102[0, 0, 0] [1, 16, 16] [1, 1, 1] : tensor<1x16x32xf32> to tensor<1x16x16xf32>
    %103 = tensor.empty() : tensor<1x16x16xf32>
    %104 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_42, %extracted_slice_42 : tensor<1x16x16xf32>, tensor<1x16x16xf32>) outs(%103 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %109 = arith.mulf %in, %in_43 : f32
      linalg.yield %109 : f32
    } -> tensor<1x16x16xf32>
    %105 = tensor.empty() : tensor<f32>
    %106 = linalg.fill ins(%cst_0 : f32) outs(%105 : tensor<f32>) -> tensor<f32>
    %107 = linalg.generic {indexing_maps = [#map, #map13], iterator_types = ["reduction", "reduction", "reduction"]} ins(%104 : tensor<1x16x16xf32>) outs(%106 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.addf %in, %out : f32
      linalg.yield %109 : f32
    } -> tensor<f32>
    %108 = linalg.generic {indexing_maps = [#map14, #map14], iterator_types = []} ins(%107 : tensor<f32>) outs(%105 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.divf %in, %cst_14 : f32
      linalg.yield %109 : f32
    } -> tensor<f32>
    return %108 : tensor<f32>
  }
  func.func @step(%arg0: tensor<1x16x32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<96x32xf32>, %arg4: tensor<96xf32>, %arg5: tensor<32x32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<64x32xf32>, %arg10: tensor<64xf32>, %arg11: tensor<32x64xf32>, %arg12: tensor<32xf32>) -> (tensor<f32>, tensor<32xf32>, tensor<32xf32>, tensor<96x32xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<32xf32>) {
    %0:13 = ckpt.value_and_grad @loss(%arg0, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12) wrt [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : (tensor<1x16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<96x32xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<32xf32>) -> (tensor<f32>, tensor<32xf32>, tensor<32xf32>, tensor<96x32xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<32xf32>)
    return %0#0, %0#1, %0#2, %0#3, %0#4, %0#5, %0#6, %0#7, %0#8, %0#9, %0#10, %0#11, %0#12 : tensor<f32>, tensor<32xf32>, tensor<32xf32>, tensor<96x32xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<64x32xf32>, tensor<64xf32>, tensor<32x64xf32>, tensor<32xf32>
  }
}
