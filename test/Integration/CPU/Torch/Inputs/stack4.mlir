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
  func.func @loss(%arg0: tensor<1x128x128xf32>, %arg1: tensor<128xf32>, %arg2: tensor<128xf32>, %arg3: tensor<384x128xf32>, %arg4: tensor<384xf32>, %arg5: tensor<128x128xf32>, %arg6: tensor<128xf32>, %arg7: tensor<128xf32>, %arg8: tensor<128xf32>, %arg9: tensor<512x128xf32>, %arg10: tensor<512xf32>, %arg11: tensor<128x512xf32>, %arg12: tensor<128xf32>, %arg13: tensor<128xf32>, %arg14: tensor<128xf32>, %arg15: tensor<384x128xf32>, %arg16: tensor<384xf32>, %arg17: tensor<128x128xf32>, %arg18: tensor<128xf32>, %arg19: tensor<128xf32>, %arg20: tensor<128xf32>, %arg21: tensor<512x128xf32>, %arg22: tensor<512xf32>, %arg23: tensor<128x512xf32>, %arg24: tensor<128xf32>, %arg25: tensor<128xf32>, %arg26: tensor<128xf32>, %arg27: tensor<384x128xf32>, %arg28: tensor<384xf32>, %arg29: tensor<128x128xf32>, %arg30: tensor<128xf32>, %arg31: tensor<128xf32>, %arg32: tensor<128xf32>, %arg33: tensor<512x128xf32>, %arg34: tensor<512xf32>, %arg35: tensor<128x512xf32>, %arg36: tensor<128xf32>, %arg37: tensor<128xf32>, %arg38: tensor<128xf32>, %arg39: tensor<384x128xf32>, %arg40: tensor<384xf32>, %arg41: tensor<128x128xf32>, %arg42: tensor<128xf32>, %arg43: tensor<128xf32>, %arg44: tensor<128xf32>, %arg45: tensor<512x128xf32>, %arg46: tensor<512xf32>, %arg47: tensor<128x512xf32>, %arg48: tensor<128xf32>) -> tensor<f32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant 0.17677669529663687 : f64
    %cst_5 = arith.constant 1.000000e-05 : f64
    %cst_6 = arith.constant 1.280000e+02 : f64
    %cst_7 = arith.constant 1.280000e+02 : f32
    %cst_8 = arith.constant 1.41421354 : f32
    %0 = tensor.empty() : tensor<1x128x128xf64>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %252 = arith.extf %in : f32 to f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %2 = tensor.empty() : tensor<1x128x1xf64>
    %3 = linalg.fill ins(%cst : f64) outs(%2 : tensor<1x128x1xf64>) -> tensor<1x128x1xf64>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %6 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %5 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.subf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %6 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.mulf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %8 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%7 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %10 = tensor.empty() : tensor<1x128x1xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %252 = arith.truncf %in : f64 to f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %12 = linalg.fill ins(%cst_0 : f32) outs(%10 : tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_7 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_5 : f64 to f32
      %253 = arith.addf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x128x1xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.rsqrt %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %17 = tensor.empty() : tensor<1x128x128xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %14 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %16 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %arg1 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %arg2 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %collapsed = tensor.collapse_shape %21 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %22 = tensor.empty() : tensor<128x384xf32>
    %transposed = linalg.transpose ins(%arg3 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %23 = linalg.fill ins(%cst_0 : f32) outs(%22 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %24 = linalg.matmul ins(%collapsed, %transposed : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg4 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %26 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%24, %25 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x384xf32>
    %expanded = tensor.expand_shape %26 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice = tensor.extract_slice %expanded[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_9 = tensor.extract_slice %expanded[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_10 = tensor.extract_slice %expanded[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_11 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %27 = tensor.empty() : tensor<1x4x128x32xf32>
    %transposed_12 = linalg.transpose ins(%expanded_11 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_13 = tensor.expand_shape %extracted_slice_9 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_14 = tensor.expand_shape %extracted_slice_10 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %28 = tensor.empty() : tensor<1x4x32x128xf32>
    %transposed_16 = linalg.transpose ins(%expanded_13 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_17 = tensor.collapse_shape %transposed_12 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_18 = tensor.collapse_shape %transposed_16 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %29 = tensor.empty() : tensor<4x128x128xf32>
    %30 = linalg.fill ins(%cst_0 : f32) outs(%29 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %31 = linalg.batch_matmul ins(%collapsed_17, %collapsed_18 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_19 = tensor.expand_shape %31 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %32 = tensor.empty() : tensor<1x4x128x128xf32>
    %33 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_19 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_4 : f64 to f32
      %253 = arith.mulf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x4x128x128xf32>
    %34 = tensor.empty() : tensor<1x4x128xi64>
    %35 = linalg.fill ins(%c0_i64 : i64) outs(%34 : tensor<1x4x128xi64>) -> tensor<1x4x128xi64>
    %36 = tensor.empty() : tensor<1x4x128xf32>
    %37 = linalg.fill ins(%cst_1 : f32) outs(%36 : tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %38:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%33 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_121: i64):
      %252 = linalg.index 3 : index
      %253 = arith.index_cast %252 : index to i64
      %254 = arith.maximumf %in, %out : f32
      %255 = arith.cmpf ogt, %in, %out : f32
      %256 = arith.select %255, %253, %out_121 : i64
      linalg.yield %254, %256 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_20 = tensor.expand_shape %38#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %39 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33, %expanded_20 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %40 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.exp %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %41 = tensor.empty() : tensor<1x4x128x1xf32>
    %42 = linalg.fill ins(%cst_0 : f32) outs(%41 : tensor<1x4x128x1xf32>) -> tensor<1x4x128x1xf32>
    %43 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%40 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x1xf32>
    %44 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %43 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.divf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_21 = tensor.collapse_shape %44 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_22 = tensor.collapse_shape %transposed_15 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %45 = tensor.empty() : tensor<4x128x32xf32>
    %46 = linalg.fill ins(%cst_0 : f32) outs(%45 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %47 = linalg.batch_matmul ins(%collapsed_21, %collapsed_22 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_23 = tensor.expand_shape %47 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %48 = tensor.empty() : tensor<1x128x4x32xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_25 = tensor.collapse_shape %transposed_24 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %49 = tensor.empty() : tensor<128x128xf32>
    %transposed_26 = linalg.transpose ins(%arg5 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %50 = linalg.fill ins(%cst_0 : f32) outs(%49 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %51 = linalg.matmul ins(%collapsed_25, %transposed_26 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %52 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg6 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %53 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%51, %52 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x128xf32>
    %expanded_27 = tensor.expand_shape %53 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %54 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %expanded_27 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %55 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %252 = arith.extf %in : f32 to f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %56 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%55 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %57 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %58 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55, %57 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.subf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %59 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58, %58 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.mulf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %60 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%59 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %61 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %62 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %252 = arith.truncf %in : f64 to f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %63 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%54 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %64 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_7 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_5 : f64 to f32
      %253 = arith.addf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x128x1xf32>
    %66 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.rsqrt %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54, %64 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %66 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %69 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %arg7 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %arg8 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_28 = tensor.collapse_shape %70 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %71 = tensor.empty() : tensor<128x512xf32>
    %transposed_29 = linalg.transpose ins(%arg9 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %72 = linalg.fill ins(%cst_0 : f32) outs(%71 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %73 = linalg.matmul ins(%collapsed_28, %transposed_29 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %74 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg10 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %75 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%73, %74 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x512xf32>
    %expanded_30 = tensor.expand_shape %75 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %76 = tensor.empty() : tensor<1x128x512xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_8 : f32
      %253 = math.erf %252 : f32
      %254 = arith.addf %253, %cst_2 : f32
      %255 = arith.mulf %254, %cst_3 : f32
      %256 = arith.mulf %in, %255 : f32
      linalg.yield %256 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_31 = tensor.collapse_shape %77 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %78 = tensor.empty() : tensor<512x128xf32>
    %transposed_32 = linalg.transpose ins(%arg11 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %79 = linalg.matmul ins(%collapsed_31, %transposed_32 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %80 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %81 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%79, %80 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x128xf32>
    %expanded_33 = tensor.expand_shape %81 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %82 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54, %expanded_33 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %252 = arith.extf %in : f32 to f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %84 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%83 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %85 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %86 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %85 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.subf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %87 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %86 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.mulf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %88 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%87 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %89 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %90 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %252 = arith.truncf %in : f64 to f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%82 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %92 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_7 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %93 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_5 : f64 to f32
      %253 = arith.addf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x128x1xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.rsqrt %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %92 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %96 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %94 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %97 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %arg13 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %98 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %arg14 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_34 = tensor.collapse_shape %98 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_35 = linalg.transpose ins(%arg15 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %99 = linalg.matmul ins(%collapsed_34, %transposed_35 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %100 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %101 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%99, %100 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x384xf32>
    %expanded_36 = tensor.expand_shape %101 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice_37 = tensor.extract_slice %expanded_36[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_38 = tensor.extract_slice %expanded_36[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_39 = tensor.extract_slice %expanded_36[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_40 = tensor.expand_shape %extracted_slice_37 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_42 = tensor.expand_shape %extracted_slice_38 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_43 = tensor.expand_shape %extracted_slice_39 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_44 = linalg.transpose ins(%expanded_43 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_45 = linalg.transpose ins(%expanded_42 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_46 = tensor.collapse_shape %transposed_41 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_47 = tensor.collapse_shape %transposed_45 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %102 = linalg.batch_matmul ins(%collapsed_46, %collapsed_47 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_48 = tensor.expand_shape %102 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %103 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_4 : f64 to f32
      %253 = arith.mulf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x4x128x128xf32>
    %104:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%103 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_121: i64):
      %252 = linalg.index 3 : index
      %253 = arith.index_cast %252 : index to i64
      %254 = arith.maximumf %in, %out : f32
      %255 = arith.cmpf ogt, %in, %out : f32
      %256 = arith.select %255, %253, %out_121 : i64
      linalg.yield %254, %256 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_49 = tensor.expand_shape %104#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %105 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%103, %expanded_49 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %106 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%105 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.exp %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %107 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%106 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x1xf32>
    %108 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%106, %107 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.divf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_50 = tensor.collapse_shape %108 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_51 = tensor.collapse_shape %transposed_44 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %109 = linalg.batch_matmul ins(%collapsed_50, %collapsed_51 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_52 = tensor.expand_shape %109 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %transposed_53 = linalg.transpose ins(%expanded_52 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_54 = tensor.collapse_shape %transposed_53 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %transposed_55 = linalg.transpose ins(%arg17 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %110 = linalg.matmul ins(%collapsed_54, %transposed_55 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %111 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg18 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %112 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%110, %111 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x128xf32>
    %expanded_56 = tensor.expand_shape %112 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %113 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %expanded_56 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %114 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %252 = arith.extf %in : f32 to f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %115 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%114 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %116 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %117 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %116 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.subf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %118 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %117 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.mulf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %119 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%118 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %120 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %121 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %252 = arith.truncf %in : f64 to f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %122 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %123 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_7 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %124 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_5 : f64 to f32
      %253 = arith.addf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x128x1xf32>
    %125 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.rsqrt %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %126 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %123 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %127 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %125 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %128 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %arg19 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %129 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %arg20 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_57 = tensor.collapse_shape %129 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_58 = linalg.transpose ins(%arg21 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %130 = linalg.matmul ins(%collapsed_57, %transposed_58 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %131 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg22 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %132 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%130, %131 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x512xf32>
    %expanded_59 = tensor.expand_shape %132 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %133 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_59 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_8 : f32
      %253 = math.erf %252 : f32
      %254 = arith.addf %253, %cst_2 : f32
      %255 = arith.mulf %254, %cst_3 : f32
      %256 = arith.mulf %in, %255 : f32
      linalg.yield %256 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_60 = tensor.collapse_shape %133 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_61 = linalg.transpose ins(%arg23 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %134 = linalg.matmul ins(%collapsed_60, %transposed_61 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %135 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg24 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %136 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%134, %135 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x128xf32>
    %expanded_62 = tensor.expand_shape %136 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %137 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %expanded_62 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %252 = arith.extf %in : f32 to f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %139 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%138 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %140 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %141 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %140 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.subf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %142 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %141 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.mulf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %143 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%142 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %144 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %145 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %252 = arith.truncf %in : f64 to f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %146 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%137 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %147 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_7 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %148 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_5 : f64 to f32
      %253 = arith.addf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x128x1xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.rsqrt %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %147 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %151 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %149 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %152 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %arg25 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %153 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %arg26 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_63 = tensor.collapse_shape %153 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_64 = linalg.transpose ins(%arg27 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %154 = linalg.matmul ins(%collapsed_63, %transposed_64 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %155 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg28 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %156 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%154, %155 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x384xf32>
    %expanded_65 = tensor.expand_shape %156 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice_66 = tensor.extract_slice %expanded_65[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_67 = tensor.extract_slice %expanded_65[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_68 = tensor.extract_slice %expanded_65[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_69 = tensor.expand_shape %extracted_slice_66 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_70 = linalg.transpose ins(%expanded_69 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_71 = tensor.expand_shape %extracted_slice_67 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_72 = tensor.expand_shape %extracted_slice_68 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_73 = linalg.transpose ins(%expanded_72 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_74 = linalg.transpose ins(%expanded_71 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_75 = tensor.collapse_shape %transposed_70 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_76 = tensor.collapse_shape %transposed_74 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %157 = linalg.batch_matmul ins(%collapsed_75, %collapsed_76 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_77 = tensor.expand_shape %157 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %158 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_77 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_4 : f64 to f32
      %253 = arith.mulf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x4x128x128xf32>
    %159:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%158 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_121: i64):
      %252 = linalg.index 3 : index
      %253 = arith.index_cast %252 : index to i64
      %254 = arith.maximumf %in, %out : f32
      %255 = arith.cmpf ogt, %in, %out : f32
      %256 = arith.select %255, %253, %out_121 : i64
      linalg.yield %254, %256 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_78 = tensor.expand_shape %159#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %160 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%158, %expanded_78 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %161 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%160 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.exp %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %162 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%161 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x1xf32>
    %163 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%161, %162 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.divf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_79 = tensor.collapse_shape %163 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_80 = tensor.collapse_shape %transposed_73 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %164 = linalg.batch_matmul ins(%collapsed_79, %collapsed_80 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_81 = tensor.expand_shape %164 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %transposed_82 = linalg.transpose ins(%expanded_81 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_83 = tensor.collapse_shape %transposed_82 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %transposed_84 = linalg.transpose ins(%arg29 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %165 = linalg.matmul ins(%collapsed_83, %transposed_84 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %166 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg30 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %167 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%165, %166 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x128xf32>
    %expanded_85 = tensor.expand_shape %167 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %168 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %expanded_85 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %169 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %252 = arith.extf %in : f32 to f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %170 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%169 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %171 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %172 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %171 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.subf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %173 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %172 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.mulf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %174 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%173 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %175 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %176 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %252 = arith.truncf %in : f64 to f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %177 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%168 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %178 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_7 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %179 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_5 : f64 to f32
      %253 = arith.addf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x128x1xf32>
    %180 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.rsqrt %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %181 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %178 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %182 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181, %180 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %183 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182, %arg31 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %184 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183, %arg32 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_86 = tensor.collapse_shape %184 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_87 = linalg.transpose ins(%arg33 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %185 = linalg.matmul ins(%collapsed_86, %transposed_87 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %186 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg34 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %187 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%185, %186 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x512xf32>
    %expanded_88 = tensor.expand_shape %187 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %188 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_88 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_8 : f32
      %253 = math.erf %252 : f32
      %254 = arith.addf %253, %cst_2 : f32
      %255 = arith.mulf %254, %cst_3 : f32
      %256 = arith.mulf %in, %255 : f32
      linalg.yield %256 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_89 = tensor.collapse_shape %188 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_90 = linalg.transpose ins(%arg35 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %189 = linalg.matmul ins(%collapsed_89, %transposed_90 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %190 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg36 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %191 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%189, %190 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x128xf32>
    %expanded_91 = tensor.expand_shape %191 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %192 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %expanded_91 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %193 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %252 = arith.extf %in : f32 to f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %194 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%193 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %195 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %196 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193, %195 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.subf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %197 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196, %196 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.mulf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %198 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%197 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %199 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %200 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %252 = arith.truncf %in : f64 to f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %201 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%192 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %202 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_7 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %203 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_5 : f64 to f32
      %253 = arith.addf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x128x1xf32>
    %204 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%203 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.rsqrt %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %205 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192, %202 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %206 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%205, %204 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %207 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206, %arg37 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %208 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%207, %arg38 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_92 = tensor.collapse_shape %208 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_93 = linalg.transpose ins(%arg39 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %209 = linalg.matmul ins(%collapsed_92, %transposed_93 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %210 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg40 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %211 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%209, %210 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x384xf32>
    %expanded_94 = tensor.expand_shape %211 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice_95 = tensor.extract_slice %expanded_94[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_96 = tensor.extract_slice %expanded_94[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_97 = tensor.extract_slice %expanded_94[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_98 = tensor.expand_shape %extracted_slice_95 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_99 = linalg.transpose ins(%expanded_98 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_100 = tensor.expand_shape %extracted_slice_96 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_101 = tensor.expand_shape %extracted_slice_97 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_102 = linalg.transpose ins(%expanded_101 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_103 = linalg.transpose ins(%expanded_100 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_104 = tensor.collapse_shape %transposed_99 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_105 = tensor.collapse_shape %transposed_103 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %212 = linalg.batch_matmul ins(%collapsed_104, %collapsed_105 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_106 = tensor.expand_shape %212 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %213 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_106 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_4 : f64 to f32
      %253 = arith.mulf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x4x128x128xf32>
    %214:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%213 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_121: i64):
      %252 = linalg.index 3 : index
      %253 = arith.index_cast %252 : index to i64
      %254 = arith.maximumf %in, %out : f32
      %255 = arith.cmpf ogt, %in, %out : f32
      %256 = arith.select %255, %253, %out_121 : i64
      linalg.yield %254, %256 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_107 = tensor.expand_shape %214#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %215 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%213, %expanded_107 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %216 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%215 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.exp %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %217 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%216 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x1xf32>
    %218 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%216, %217 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.divf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_108 = tensor.collapse_shape %218 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_109 = tensor.collapse_shape %transposed_102 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %219 = linalg.batch_matmul ins(%collapsed_108, %collapsed_109 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_110 = tensor.expand_shape %219 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %transposed_111 = linalg.transpose ins(%expanded_110 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_112 = tensor.collapse_shape %transposed_111 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %transposed_113 = linalg.transpose ins(%arg41 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %220 = linalg.matmul ins(%collapsed_112, %transposed_113 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %221 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg42 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %222 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%220, %221 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x128xf32>
    %expanded_114 = tensor.expand_shape %222 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %223 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192, %expanded_114 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %224 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %252 = arith.extf %in : f32 to f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %225 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%224 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %226 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%225 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %227 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %226 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.subf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %228 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227, %227 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_121: f64, %out: f64):
      %252 = arith.mulf %in, %in_121 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x128xf64>
    %229 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%228 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.addf %in, %out : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %230 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %252 = arith.divf %in, %cst_6 : f64
      linalg.yield %252 : f64
    } -> tensor<1x128x1xf64>
    %231 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%230 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %252 = arith.truncf %in : f64 to f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %232 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%223 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %233 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_7 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %234 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.truncf %cst_5 : f64 to f32
      %253 = arith.addf %in, %252 : f32
      linalg.yield %253 : f32
    } -> tensor<1x128x1xf32>
    %235 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = math.rsqrt %in : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x1xf32>
    %236 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %233 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.subf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %237 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236, %235 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %238 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%237, %arg43 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %239 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238, %arg44 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_115 = tensor.collapse_shape %239 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_116 = linalg.transpose ins(%arg45 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %240 = linalg.matmul ins(%collapsed_115, %transposed_116 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %241 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg46 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %242 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%240, %241 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x512xf32>
    %expanded_117 = tensor.expand_shape %242 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %243 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_117 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.divf %in, %cst_8 : f32
      %253 = math.erf %252 : f32
      %254 = arith.addf %253, %cst_2 : f32
      %255 = arith.mulf %254, %cst_3 : f32
      %256 = arith.mulf %in, %255 : f32
      linalg.yield %256 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_118 = tensor.collapse_shape %243 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_119 = linalg.transpose ins(%arg47 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %244 = linalg.matmul ins(%collapsed_118, %transposed_119 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %245 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg48 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %246 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%244, %245 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<128x128xf32>
    %expanded_120 = tensor.expand_shape %246 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %247 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %expanded_120 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.addf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %248 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247, %247 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_121: f32, %out: f32):
      %252 = arith.mulf %in, %in_121 : f32
      linalg.yield %252 : f32
    } -> tensor<1x128x128xf32>
    %249 = tensor.empty() : tensor<f32>
    %250 = linalg.fill ins(%cst_0 : f32) outs(%249 : tensor<f32>) -> tensor<f32>
    %251 = linalg.generic {indexing_maps = [#map, #map8], iterator_types = ["reduction", "reduction", "reduction"]} ins(%248 : tensor<1x128x128xf32>) outs(%250 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %252 = arith.addf %in, %out : f32
      linalg.yield %252 : f32
    } -> tensor<f32>
    return %251 : tensor<f32>
  }
  func.func @step(%arg0: tensor<1x128x128xf32>, %arg1: tensor<128xf32>, %arg2: tensor<128xf32>, %arg3: tensor<384x128xf32>, %arg4: tensor<384xf32>, %arg5: tensor<128x128xf32>, %arg6: tensor<128xf32>, %arg7: tensor<128xf32>, %arg8: tensor<128xf32>, %arg9: tensor<512x128xf32>, %arg10: tensor<512xf32>, %arg11: tensor<128x512xf32>, %arg12: tensor<128xf32>, %arg13: tensor<128xf32>, %arg14: tensor<128xf32>, %arg15: tensor<384x128xf32>, %arg16: tensor<384xf32>, %arg17: tensor<128x128xf32>, %arg18: tensor<128xf32>, %arg19: tensor<128xf32>, %arg20: tensor<128xf32>, %arg21: tensor<512x128xf32>, %arg22: tensor<512xf32>, %arg23: tensor<128x512xf32>, %arg24: tensor<128xf32>, %arg25: tensor<128xf32>, %arg26: tensor<128xf32>, %arg27: tensor<384x128xf32>, %arg28: tensor<384xf32>, %arg29: tensor<128x128xf32>, %arg30: tensor<128xf32>, %arg31: tensor<128xf32>, %arg32: tensor<128xf32>, %arg33: tensor<512x128xf32>, %arg34: tensor<512xf32>, %arg35: tensor<128x512xf32>, %arg36: tensor<128xf32>, %arg37: tensor<128xf32>, %arg38: tensor<128xf32>, %arg39: tensor<384x128xf32>, %arg40: tensor<384xf32>, %arg41: tensor<128x128xf32>, %arg42: tensor<128xf32>, %arg43: tensor<128xf32>, %arg44: tensor<128xf32>, %arg45: tensor<512x128xf32>, %arg46: tensor<512xf32>, %arg47: tensor<128x512xf32>, %arg48: tensor<128xf32>) -> (tensor<f32>, tensor<1x128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>) {
    %0:50 = "ckpt.value_and_grad"(%arg0, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37, %arg38, %arg39, %arg40, %arg41, %arg42, %arg43, %arg44, %arg45, %arg46, %arg47, %arg48) <{callee = @loss, wrt = array<i64: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48>}> : (tensor<1x128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>) -> (tensor<f32>, tensor<1x128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>)
    return %0#0, %0#1, %0#2, %0#3, %0#4, %0#5, %0#6, %0#7, %0#8, %0#9, %0#10, %0#11, %0#12, %0#13, %0#14, %0#15, %0#16, %0#17, %0#18, %0#19, %0#20, %0#21, %0#22, %0#23, %0#24, %0#25, %0#26, %0#27, %0#28, %0#29, %0#30, %0#31, %0#32, %0#33, %0#34, %0#35, %0#36, %0#37, %0#38, %0#39, %0#40, %0#41, %0#42, %0#43, %0#44, %0#45, %0#46, %0#47, %0#48, %0#49 : tensor<f32>, tensor<1x128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>
  }
}

