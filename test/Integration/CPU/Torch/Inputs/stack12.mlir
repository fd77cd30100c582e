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
  func.func @loss(%arg0: tensor<1x128x128xf32>, %arg1: tensor<128xf32>, %arg2: tensor<128xf32>, %arg3: tensor<384x128xf32>, %arg4: tensor<384xf32>, %arg5: tensor<128x128xf32>, %arg6: tensor<128xf32>, %arg7: tensor<128xf32>, %arg8: tensor<128xf32>, %arg9: tensor<512x128xf32>, %arg10: tensor<512xf32>, %arg11: tensor<128x512xf32>, %arg12: tensor<128xf32>, %arg13: tensor<128xf32>, %arg14: tensor<128xf32>, %arg15: tensor<384x128xf32>, %arg16: tensor<384xf32>, %arg17: tensor<128x128xf32>, %arg18: tensor<128xf32>, %arg19: tensor<128xf32>, %arg20: tensor<128xf32>, %arg21: tensor<512x128xf32>, %arg22: tensor<512xf32>, %arg23: tensor<128x512xf32>, %arg24: tensor<128xf32>, %arg25: tensor<128xf32>, %arg26: tensor<128xf32>, %arg27: tensor<384x128xf32>, %arg28: tensor<384xf32>, %arg29: tensor<128x128xf32>, %arg30: tensor<128xf32>, %arg31: tensor<128xf32>, %arg32: tensor<128xf32>, %arg33: tensor<512x128xf32>, %arg34: tensor<512xf32>, %arg35: tensor<128x512xf32>, %arg36: tensor<128xf32>, %arg37: tensor<128xf32>, %arg38: tensor<128xf32>, %arg39: tensor<384x128xf32>, %arg40: tensor<384xf32>, %arg41: tensor<128x128xf32>, %arg42: tensor<128xf32>, %arg43: tensor<128xf32>, %arg44: tensor<128xf32>, %arg45: tensor<512x128xf32>, %arg46: tensor<512xf32>, %arg47: tensor<128x512xf32>, %arg48: tensor<128xf32>, %arg49: tensor<128xf32>, %arg50: tensor<128xf32>, %arg51: tensor<384x128xf32>, %arg52: tensor<384xf32>, %arg53: tensor<128x128xf32>, %arg54: tensor<128xf32>, %arg55: tensor<128xf32>, %arg56: tensor<128xf32>, %arg57: tensor<512x128xf32>, %arg58: tensor<512xf32>, %arg59: tensor<128x512xf32>, %arg60: tensor<128xf32>, %arg61: tensor<128xf32>, %arg62: tensor<128xf32>, %arg63: tensor<384x128xf32>, %arg64: tensor<384xf32>, %arg65: tensor<128x128xf32>, %arg66: tensor<128xf32>, %arg67: tensor<128xf32>, %arg68: tensor<128xf32>, %arg69: tensor<512x128xf32>, %arg70: tensor<512xf32>, %arg71: tensor<128x512xf32>, %arg72: tensor<128xf32>, %arg73: tensor<128xf32>, %arg74: tensor<128xf32>, %arg75: tensor<384x128xf32>, %arg76: tensor<384xf32>, %arg77: tensor<128x128xf32>, %arg78: tensor<128xf32>, %arg79: tensor<128xf32>, %arg80: tensor<128xf32>, %arg81: tensor<512x128xf32>, %arg82: tensor<512xf32>, %arg83: tensor<128x512xf32>, %arg84: tensor<128xf32>, %arg85: tensor<128xf32>, %arg86: tensor<128xf32>, %arg87: tensor<384x128xf32>, %arg88: tensor<384xf32>, %arg89: tensor<128x128xf32>, %arg90: tensor<128xf32>, %arg91: tensor<128xf32>, %arg92: tensor<128xf32>, %arg93: tensor<512x128xf32>, %arg94: tensor<512xf32>, %arg95: tensor<128x512xf32>, %arg96: tensor<128xf32>, %arg97: tensor<128xf32>, %arg98: tensor<128xf32>, %arg99: tensor<384x128xf32>, %arg100: tensor<384xf32>, %arg101: tensor<128x128xf32>, %arg102: tensor<128xf32>, %arg103: tensor<128xf32>, %arg104: tensor<128xf32>, %arg105: tensor<512x128xf32>, %arg106: tensor<512xf32>, %arg107: tensor<128x512xf32>, %arg108: tensor<128xf32>, %arg109: tensor<128xf32>, %arg110: tensor<128xf32>, %arg111: tensor<384x128xf32>, %arg112: tensor<384xf32>, %arg113: tensor<128x128xf32>, %arg114: tensor<128xf32>, %arg115: tensor<128xf32>, %arg116: tensor<128xf32>, %arg117: tensor<512x128xf32>, %arg118: tensor<512xf32>, %arg119: tensor<128x512xf32>, %arg120: tensor<128xf32>, %arg121: tensor<128xf32>, %arg122: tensor<128xf32>, %arg123: tensor<384x128xf32>, %arg124: tensor<384xf32>, %arg125: tensor<128x128xf32>, %arg126: tensor<128xf32>, %arg127: tensor<128xf32>, %arg128: tensor<128xf32>, %arg129: tensor<512x128xf32>, %arg130: tensor<512xf32>, %arg131: tensor<128x512xf32>, %arg132: tensor<128xf32>, %arg133: tensor<128xf32>, %arg134: tensor<128xf32>, %arg135: tensor<384x128xf32>, %arg136: tensor<384xf32>, %arg137: tensor<128x128xf32>, %arg138: tensor<128xf32>, %arg139: tensor<128xf32>, %arg140: tensor<128xf32>, %arg141: tensor<512x128xf32>, %arg142: tensor<512xf32>, %arg143: tensor<128x512xf32>, %arg144: tensor<128xf32>) -> tensor<f32> {
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
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %2 = tensor.empty() : tensor<1x128x1xf64>
    %3 = linalg.fill ins(%cst : f64) outs(%2 : tensor<1x128x1xf64>) -> tensor<1x128x1xf64>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %6 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %5 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %6 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %8 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%7 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %10 = tensor.empty() : tensor<1x128x1xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %12 = linalg.fill ins(%cst_0 : f32) outs(%10 : tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg0 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %17 = tensor.empty() : tensor<1x128x128xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %14 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %16 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %arg1 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %arg2 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
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
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
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
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %34 = tensor.empty() : tensor<1x4x128xi64>
    %35 = linalg.fill ins(%c0_i64 : i64) outs(%34 : tensor<1x4x128xi64>) -> tensor<1x4x128xi64>
    %36 = tensor.empty() : tensor<1x4x128xf32>
    %37 = linalg.fill ins(%cst_1 : f32) outs(%36 : tensor<1x4x128xf32>) -> tensor<1x4x128xf32>
    %38:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%33 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_20 = tensor.expand_shape %38#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %39 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33, %expanded_20 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %40 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %41 = tensor.empty() : tensor<1x4x128x1xf32>
    %42 = linalg.fill ins(%cst_0 : f32) outs(%41 : tensor<1x4x128x1xf32>) -> tensor<1x4x128x1xf32>
    %43 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%40 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %44 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %43 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
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
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_27 = tensor.expand_shape %53 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %54 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %expanded_27 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %55 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %56 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%55 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %57 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %58 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55, %57 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %59 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58, %58 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %60 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%59 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %61 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %62 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %63 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%54 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %64 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %66 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54, %64 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %66 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %69 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %arg7 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %arg8 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
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
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_30 = tensor.expand_shape %75 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %76 = tensor.empty() : tensor<1x128x512xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
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
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_33 = tensor.expand_shape %81 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %82 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54, %expanded_33 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %84 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%83 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %85 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %86 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %85 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %87 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %86 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %88 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%87 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %89 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %90 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%82 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %92 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %93 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %92 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %96 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %94 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %97 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %arg13 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %98 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %arg14 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_34 = tensor.collapse_shape %98 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_35 = linalg.transpose ins(%arg15 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %99 = linalg.matmul ins(%collapsed_34, %transposed_35 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %100 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %101 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%99, %100 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
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
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %104:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%103 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_49 = tensor.expand_shape %104#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %105 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%103, %expanded_49 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %106 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%105 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %107 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%106 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %108 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%106, %107 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
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
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_56 = tensor.expand_shape %112 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %113 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %expanded_56 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %114 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %115 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%114 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %116 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %117 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %116 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %118 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %117 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %119 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%118 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %120 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %121 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %122 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %123 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %124 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %125 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %126 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %123 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %127 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %125 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %128 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %arg19 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %129 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %arg20 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_57 = tensor.collapse_shape %129 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_58 = linalg.transpose ins(%arg21 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %130 = linalg.matmul ins(%collapsed_57, %transposed_58 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %131 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg22 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %132 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%130, %131 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_59 = tensor.expand_shape %132 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %133 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_59 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_60 = tensor.collapse_shape %133 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_61 = linalg.transpose ins(%arg23 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %134 = linalg.matmul ins(%collapsed_60, %transposed_61 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %135 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg24 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %136 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%134, %135 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_62 = tensor.expand_shape %136 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %137 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %expanded_62 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %139 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%138 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %140 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %141 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %140 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %142 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %141 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %143 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%142 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %144 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %145 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %146 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%137 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %147 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %148 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %147 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %151 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %149 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %152 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %arg25 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %153 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %arg26 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_63 = tensor.collapse_shape %153 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_64 = linalg.transpose ins(%arg27 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %154 = linalg.matmul ins(%collapsed_63, %transposed_64 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %155 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg28 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %156 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%154, %155 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
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
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %159:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%158 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_78 = tensor.expand_shape %159#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %160 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%158, %expanded_78 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %161 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%160 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %162 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%161 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %163 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%161, %162 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
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
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_85 = tensor.expand_shape %167 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %168 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %expanded_85 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %169 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %170 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%169 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %171 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %172 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %171 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %173 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %172 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %174 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%173 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %175 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %176 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %177 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%168 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %178 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %179 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %180 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %181 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %178 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %182 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181, %180 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %183 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182, %arg31 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %184 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183, %arg32 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_86 = tensor.collapse_shape %184 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_87 = linalg.transpose ins(%arg33 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %185 = linalg.matmul ins(%collapsed_86, %transposed_87 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %186 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg34 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %187 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%185, %186 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_88 = tensor.expand_shape %187 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %188 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_88 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_89 = tensor.collapse_shape %188 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_90 = linalg.transpose ins(%arg35 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %189 = linalg.matmul ins(%collapsed_89, %transposed_90 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %190 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg36 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %191 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%189, %190 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_91 = tensor.expand_shape %191 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %192 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %expanded_91 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %193 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %194 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%193 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %195 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %196 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193, %195 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %197 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196, %196 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %198 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%197 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %199 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %200 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %201 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%192 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %202 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %203 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %204 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%203 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %205 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192, %202 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %206 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%205, %204 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %207 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206, %arg37 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %208 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%207, %arg38 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_92 = tensor.collapse_shape %208 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_93 = linalg.transpose ins(%arg39 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %209 = linalg.matmul ins(%collapsed_92, %transposed_93 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %210 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg40 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %211 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%209, %210 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
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
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %214:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%213 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_107 = tensor.expand_shape %214#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %215 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%213, %expanded_107 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %216 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%215 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %217 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%216 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %218 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%216, %217 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
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
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_114 = tensor.expand_shape %222 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %223 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192, %expanded_114 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %224 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %225 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%224 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %226 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%225 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %227 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %226 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %228 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227, %227 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %229 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%228 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %230 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %231 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%230 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %232 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%223 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %233 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %234 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %235 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %236 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %233 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %237 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236, %235 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %238 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%237, %arg43 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %239 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238, %arg44 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_115 = tensor.collapse_shape %239 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_116 = linalg.transpose ins(%arg45 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %240 = linalg.matmul ins(%collapsed_115, %transposed_116 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %241 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg46 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %242 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%240, %241 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_117 = tensor.expand_shape %242 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %243 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_117 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_118 = tensor.collapse_shape %243 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_119 = linalg.transpose ins(%arg47 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %244 = linalg.matmul ins(%collapsed_118, %transposed_119 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %245 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg48 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %246 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%244, %245 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_120 = tensor.expand_shape %246 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %247 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %expanded_120 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %248 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %249 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%248 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %250 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%249 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %251 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248, %250 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %252 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251, %251 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %253 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%252 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %254 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %255 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%254 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %256 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%247 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %257 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %258 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %259 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %260 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247, %257 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %261 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260, %259 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %262 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%261, %arg49 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %263 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262, %arg50 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_121 = tensor.collapse_shape %263 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_122 = linalg.transpose ins(%arg51 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %264 = linalg.matmul ins(%collapsed_121, %transposed_122 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %265 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg52 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %266 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%264, %265 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x384xf32>
    %expanded_123 = tensor.expand_shape %266 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice_124 = tensor.extract_slice %expanded_123[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_125 = tensor.extract_slice %expanded_123[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_126 = tensor.extract_slice %expanded_123[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_127 = tensor.expand_shape %extracted_slice_124 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_128 = linalg.transpose ins(%expanded_127 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_129 = tensor.expand_shape %extracted_slice_125 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_130 = tensor.expand_shape %extracted_slice_126 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_131 = linalg.transpose ins(%expanded_130 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_132 = linalg.transpose ins(%expanded_129 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_133 = tensor.collapse_shape %transposed_128 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_134 = tensor.collapse_shape %transposed_132 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %267 = linalg.batch_matmul ins(%collapsed_133, %collapsed_134 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_135 = tensor.expand_shape %267 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %268 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_135 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %269:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%268 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_136 = tensor.expand_shape %269#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %270 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%268, %expanded_136 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %271 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%270 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %272 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%271 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %273 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%271, %272 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_137 = tensor.collapse_shape %273 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_138 = tensor.collapse_shape %transposed_131 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %274 = linalg.batch_matmul ins(%collapsed_137, %collapsed_138 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_139 = tensor.expand_shape %274 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %transposed_140 = linalg.transpose ins(%expanded_139 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_141 = tensor.collapse_shape %transposed_140 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %transposed_142 = linalg.transpose ins(%arg53 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %275 = linalg.matmul ins(%collapsed_141, %transposed_142 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %276 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg54 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %277 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%275, %276 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_143 = tensor.expand_shape %277 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %278 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247, %expanded_143 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %279 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %280 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%279 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %281 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%280 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %282 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%279, %281 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %283 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%282, %282 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %284 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%283 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %285 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%284 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %286 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%285 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %287 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%278 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %288 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%287 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %289 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%286 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %290 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%289 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %291 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278, %288 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %292 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%291, %290 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %293 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%292, %arg55 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %294 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%293, %arg56 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_144 = tensor.collapse_shape %294 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_145 = linalg.transpose ins(%arg57 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %295 = linalg.matmul ins(%collapsed_144, %transposed_145 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %296 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg58 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %297 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%295, %296 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_146 = tensor.expand_shape %297 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %298 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_146 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_147 = tensor.collapse_shape %298 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_148 = linalg.transpose ins(%arg59 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %299 = linalg.matmul ins(%collapsed_147, %transposed_148 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %300 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg60 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %301 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%299, %300 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_149 = tensor.expand_shape %301 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %302 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278, %expanded_149 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %303 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%302 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %304 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%303 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %305 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%304 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %306 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%303, %305 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %307 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%306, %306 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %308 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%307 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %309 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%308 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %310 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%309 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %311 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%302 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %312 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%311 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %313 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%310 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %314 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%313 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %315 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%302, %312 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %316 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%315, %314 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %317 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%316, %arg61 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %318 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%317, %arg62 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_150 = tensor.collapse_shape %318 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_151 = linalg.transpose ins(%arg63 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %319 = linalg.matmul ins(%collapsed_150, %transposed_151 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %320 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg64 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %321 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%319, %320 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x384xf32>
    %expanded_152 = tensor.expand_shape %321 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice_153 = tensor.extract_slice %expanded_152[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_154 = tensor.extract_slice %expanded_152[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_155 = tensor.extract_slice %expanded_152[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_156 = tensor.expand_shape %extracted_slice_153 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_157 = linalg.transpose ins(%expanded_156 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_158 = tensor.expand_shape %extracted_slice_154 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_159 = tensor.expand_shape %extracted_slice_155 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_160 = linalg.transpose ins(%expanded_159 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_161 = linalg.transpose ins(%expanded_158 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_162 = tensor.collapse_shape %transposed_157 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_163 = tensor.collapse_shape %transposed_161 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %322 = linalg.batch_matmul ins(%collapsed_162, %collapsed_163 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_164 = tensor.expand_shape %322 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %323 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_164 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %324:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%323 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_165 = tensor.expand_shape %324#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %325 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%323, %expanded_165 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %326 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%325 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %327 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%326 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %328 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%326, %327 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_166 = tensor.collapse_shape %328 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_167 = tensor.collapse_shape %transposed_160 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %329 = linalg.batch_matmul ins(%collapsed_166, %collapsed_167 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_168 = tensor.expand_shape %329 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %transposed_169 = linalg.transpose ins(%expanded_168 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_170 = tensor.collapse_shape %transposed_169 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %transposed_171 = linalg.transpose ins(%arg65 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %330 = linalg.matmul ins(%collapsed_170, %transposed_171 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %331 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg66 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %332 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%330, %331 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_172 = tensor.expand_shape %332 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %333 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%302, %expanded_172 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %334 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%333 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %335 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%334 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %336 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%335 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %337 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%334, %336 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %338 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%337, %337 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %339 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%338 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %340 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%339 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %341 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%340 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %342 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%333 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %343 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%342 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %344 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%341 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %345 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%344 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %346 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%333, %343 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %347 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%346, %345 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %348 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%347, %arg67 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %349 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%348, %arg68 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_173 = tensor.collapse_shape %349 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_174 = linalg.transpose ins(%arg69 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %350 = linalg.matmul ins(%collapsed_173, %transposed_174 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %351 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg70 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %352 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%350, %351 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_175 = tensor.expand_shape %352 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %353 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_175 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_176 = tensor.collapse_shape %353 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_177 = linalg.transpose ins(%arg71 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %354 = linalg.matmul ins(%collapsed_176, %transposed_177 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %355 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg72 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %356 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%354, %355 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_178 = tensor.expand_shape %356 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %357 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%333, %expanded_178 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %358 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%357 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %359 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%358 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %360 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%359 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %361 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%358, %360 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %362 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%361, %361 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %363 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%362 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %364 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%363 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %365 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%364 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %366 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%357 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %367 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%366 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %368 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%365 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %369 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%368 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %370 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%357, %367 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %371 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%370, %369 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %372 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%371, %arg73 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %373 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%372, %arg74 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_179 = tensor.collapse_shape %373 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_180 = linalg.transpose ins(%arg75 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %374 = linalg.matmul ins(%collapsed_179, %transposed_180 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %375 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg76 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %376 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%374, %375 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x384xf32>
    %expanded_181 = tensor.expand_shape %376 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice_182 = tensor.extract_slice %expanded_181[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_183 = tensor.extract_slice %expanded_181[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_184 = tensor.extract_slice %expanded_181[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_185 = tensor.expand_shape %extracted_slice_182 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_186 = linalg.transpose ins(%expanded_185 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_187 = tensor.expand_shape %extracted_slice_183 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_188 = tensor.expand_shape %extracted_slice_184 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_189 = linalg.transpose ins(%expanded_188 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_190 = linalg.transpose ins(%expanded_187 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_191 = tensor.collapse_shape %transposed_186 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_192 = tensor.collapse_shape %transposed_190 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %377 = linalg.batch_matmul ins(%collapsed_191, %collapsed_192 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_193 = tensor.expand_shape %377 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %378 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_193 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %379:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%378 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_194 = tensor.expand_shape %379#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %380 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%378, %expanded_194 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %381 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%380 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %382 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%381 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %383 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%381, %382 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_195 = tensor.collapse_shape %383 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_196 = tensor.collapse_shape %transposed_189 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %384 = linalg.batch_matmul ins(%collapsed_195, %collapsed_196 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_197 = tensor.expand_shape %384 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %transposed_198 = linalg.transpose ins(%expanded_197 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_199 = tensor.collapse_shape %transposed_198 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %transposed_200 = linalg.transpose ins(%arg77 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %385 = linalg.matmul ins(%collapsed_199, %transposed_200 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %386 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg78 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %387 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%385, %386 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_201 = tensor.expand_shape %387 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %388 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%357, %expanded_201 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %389 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%388 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %390 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%389 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %391 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%390 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %392 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%389, %391 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %393 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%392, %392 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %394 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%393 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %395 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%394 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %396 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%395 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %397 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%388 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %398 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%397 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %399 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%396 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %400 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%399 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %401 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%388, %398 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %402 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%401, %400 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %403 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%402, %arg79 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %404 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%403, %arg80 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_202 = tensor.collapse_shape %404 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_203 = linalg.transpose ins(%arg81 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %405 = linalg.matmul ins(%collapsed_202, %transposed_203 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %406 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg82 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %407 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%405, %406 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_204 = tensor.expand_shape %407 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %408 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_204 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_205 = tensor.collapse_shape %408 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_206 = linalg.transpose ins(%arg83 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %409 = linalg.matmul ins(%collapsed_205, %transposed_206 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %410 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg84 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %411 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%409, %410 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_207 = tensor.expand_shape %411 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %412 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%388, %expanded_207 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %413 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%412 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %414 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%413 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %415 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%414 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %416 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%413, %415 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %417 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%416, %416 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %418 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%417 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %419 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%418 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %420 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%419 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %421 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%412 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %422 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%421 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %423 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%420 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %424 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%423 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %425 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%412, %422 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %426 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%425, %424 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %427 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%426, %arg85 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %428 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%427, %arg86 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_208 = tensor.collapse_shape %428 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_209 = linalg.transpose ins(%arg87 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %429 = linalg.matmul ins(%collapsed_208, %transposed_209 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %430 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg88 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %431 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%429, %430 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x384xf32>
    %expanded_210 = tensor.expand_shape %431 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice_211 = tensor.extract_slice %expanded_210[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_212 = tensor.extract_slice %expanded_210[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_213 = tensor.extract_slice %expanded_210[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_214 = tensor.expand_shape %extracted_slice_211 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_215 = linalg.transpose ins(%expanded_214 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_216 = tensor.expand_shape %extracted_slice_212 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_217 = tensor.expand_shape %extracted_slice_213 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_218 = linalg.transpose ins(%expanded_217 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_219 = linalg.transpose ins(%expanded_216 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_220 = tensor.collapse_shape %transposed_215 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_221 = tensor.collapse_shape %transposed_219 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %432 = linalg.batch_matmul ins(%collapsed_220, %collapsed_221 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_222 = tensor.expand_shape %432 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %433 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_222 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %434:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%433 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_223 = tensor.expand_shape %434#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %435 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%433, %expanded_223 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %436 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%435 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %437 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%436 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %438 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%436, %437 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_224 = tensor.collapse_shape %438 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_225 = tensor.collapse_shape %transposed_218 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %439 = linalg.batch_matmul ins(%collapsed_224, %collapsed_225 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_226 = tensor.expand_shape %439 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %transposed_227 = linalg.transpose ins(%expanded_226 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_228 = tensor.collapse_shape %transposed_227 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %transposed_229 = linalg.transpose ins(%arg89 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %440 = linalg.matmul ins(%collapsed_228, %transposed_229 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %441 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg90 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %442 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%440, %441 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_230 = tensor.expand_shape %442 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %443 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%412, %expanded_230 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %444 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%443 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %445 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%444 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %446 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%445 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %447 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%444, %446 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %448 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%447, %447 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %449 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%448 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %450 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%449 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %451 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%450 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %452 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%443 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %453 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%452 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %454 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%451 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %455 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%454 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %456 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%443, %453 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %457 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%456, %455 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %458 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%457, %arg91 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %459 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%458, %arg92 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_231 = tensor.collapse_shape %459 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_232 = linalg.transpose ins(%arg93 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %460 = linalg.matmul ins(%collapsed_231, %transposed_232 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %461 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg94 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %462 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%460, %461 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_233 = tensor.expand_shape %462 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %463 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_233 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_234 = tensor.collapse_shape %463 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_235 = linalg.transpose ins(%arg95 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %464 = linalg.matmul ins(%collapsed_234, %transposed_235 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %465 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg96 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %466 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%464, %465 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_236 = tensor.expand_shape %466 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %467 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%443, %expanded_236 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %468 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%467 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %469 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%468 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %470 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%469 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %471 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%468, %470 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %472 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%471, %471 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %473 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%472 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %474 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%473 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %475 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%474 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %476 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%467 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %477 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%476 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %478 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%475 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %479 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%478 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %480 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%467, %477 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %481 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%480, %479 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %482 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%481, %arg97 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %483 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%482, %arg98 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_237 = tensor.collapse_shape %483 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_238 = linalg.transpose ins(%arg99 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %484 = linalg.matmul ins(%collapsed_237, %transposed_238 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %485 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg100 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %486 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%484, %485 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x384xf32>
    %expanded_239 = tensor.expand_shape %486 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice_240 = tensor.extract_slice %expanded_239[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_241 = tensor.extract_slice %expanded_239[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_242 = tensor.extract_slice %expanded_239[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_243 = tensor.expand_shape %extracted_slice_240 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_244 = linalg.transpose ins(%expanded_243 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_245 = tensor.expand_shape %extracted_slice_241 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_246 = tensor.expand_shape %extracted_slice_242 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_247 = linalg.transpose ins(%expanded_246 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_248 = linalg.transpose ins(%expanded_245 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_249 = tensor.collapse_shape %transposed_244 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_250 = tensor.collapse_shape %transposed_248 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %487 = linalg.batch_matmul ins(%collapsed_249, %collapsed_250 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_251 = tensor.expand_shape %487 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %488 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_251 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %489:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%488 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_252 = tensor.expand_shape %489#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %490 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%488, %expanded_252 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %491 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%490 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %492 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%491 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %493 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%491, %492 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_253 = tensor.collapse_shape %493 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_254 = tensor.collapse_shape %transposed_247 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %494 = linalg.batch_matmul ins(%collapsed_253, %collapsed_254 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_255 = tensor.expand_shape %494 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %transposed_256 = linalg.transpose ins(%expanded_255 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_257 = tensor.collapse_shape %transposed_256 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %transposed_258 = linalg.transpose ins(%arg101 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %495 = linalg.matmul ins(%collapsed_257, %transposed_258 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %496 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg102 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %497 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%495, %496 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_259 = tensor.expand_shape %497 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %498 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%467, %expanded_259 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %499 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%498 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %500 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%499 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %501 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%500 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %502 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%499, %501 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %503 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%502, %502 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %504 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%503 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %505 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%504 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %506 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%505 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %507 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%498 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %508 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%507 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %509 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%506 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %510 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%509 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %511 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%498, %508 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %512 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%511, %510 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %513 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%512, %arg103 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %514 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%513, %arg104 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_260 = tensor.collapse_shape %514 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_261 = linalg.transpose ins(%arg105 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %515 = linalg.matmul ins(%collapsed_260, %transposed_261 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %516 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg106 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %517 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%515, %516 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_262 = tensor.expand_shape %517 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %518 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_262 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_263 = tensor.collapse_shape %518 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_264 = linalg.transpose ins(%arg107 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %519 = linalg.matmul ins(%collapsed_263, %transposed_264 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %520 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg108 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %521 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%519, %520 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_265 = tensor.expand_shape %521 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %522 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%498, %expanded_265 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %523 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%522 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %524 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%523 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %525 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%524 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %526 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%523, %525 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %527 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%526, %526 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %528 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%527 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %529 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%528 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %530 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%529 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %531 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%522 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %532 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%531 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %533 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%530 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %534 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%533 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %535 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%522, %532 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %536 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%535, %534 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %537 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%536, %arg109 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %538 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%537, %arg110 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_266 = tensor.collapse_shape %538 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_267 = linalg.transpose ins(%arg111 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %539 = linalg.matmul ins(%collapsed_266, %transposed_267 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %540 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg112 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %541 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%539, %540 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x384xf32>
    %expanded_268 = tensor.expand_shape %541 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice_269 = tensor.extract_slice %expanded_268[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_270 = tensor.extract_slice %expanded_268[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_271 = tensor.extract_slice %expanded_268[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_272 = tensor.expand_shape %extracted_slice_269 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_273 = linalg.transpose ins(%expanded_272 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_274 = tensor.expand_shape %extracted_slice_270 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_275 = tensor.expand_shape %extracted_slice_271 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_276 = linalg.transpose ins(%expanded_275 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_277 = linalg.transpose ins(%expanded_274 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_278 = tensor.collapse_shape %transposed_273 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_279 = tensor.collapse_shape %transposed_277 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %542 = linalg.batch_matmul ins(%collapsed_278, %collapsed_279 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_280 = tensor.expand_shape %542 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %543 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_280 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %544:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%543 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_281 = tensor.expand_shape %544#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %545 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%543, %expanded_281 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %546 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%545 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %547 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%546 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %548 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%546, %547 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_282 = tensor.collapse_shape %548 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_283 = tensor.collapse_shape %transposed_276 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %549 = linalg.batch_matmul ins(%collapsed_282, %collapsed_283 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_284 = tensor.expand_shape %549 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %transposed_285 = linalg.transpose ins(%expanded_284 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_286 = tensor.collapse_shape %transposed_285 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %transposed_287 = linalg.transpose ins(%arg113 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %550 = linalg.matmul ins(%collapsed_286, %transposed_287 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %551 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg114 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %552 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%550, %551 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_288 = tensor.expand_shape %552 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %553 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%522, %expanded_288 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %554 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%553 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %555 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%554 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %556 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%555 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %557 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%554, %556 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %558 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%557, %557 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %559 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%558 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %560 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%559 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %561 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%560 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %562 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%553 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %563 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%562 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %564 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%561 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %565 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%564 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %566 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%553, %563 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %567 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%566, %565 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %568 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%567, %arg115 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %569 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%568, %arg116 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_289 = tensor.collapse_shape %569 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_290 = linalg.transpose ins(%arg117 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %570 = linalg.matmul ins(%collapsed_289, %transposed_290 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %571 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg118 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %572 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%570, %571 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_291 = tensor.expand_shape %572 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %573 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_291 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_292 = tensor.collapse_shape %573 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_293 = linalg.transpose ins(%arg119 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %574 = linalg.matmul ins(%collapsed_292, %transposed_293 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %575 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg120 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %576 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%574, %575 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_294 = tensor.expand_shape %576 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %577 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%553, %expanded_294 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %578 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%577 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %579 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%578 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %580 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%579 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %581 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%578, %580 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %582 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%581, %581 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %583 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%582 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %584 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%583 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %585 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%584 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %586 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%577 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %587 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%586 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %588 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%585 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %589 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%588 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %590 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%577, %587 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %591 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%590, %589 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %592 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%591, %arg121 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %593 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%592, %arg122 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_295 = tensor.collapse_shape %593 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_296 = linalg.transpose ins(%arg123 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %594 = linalg.matmul ins(%collapsed_295, %transposed_296 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %595 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg124 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %596 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%594, %595 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x384xf32>
    %expanded_297 = tensor.expand_shape %596 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice_298 = tensor.extract_slice %expanded_297[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_299 = tensor.extract_slice %expanded_297[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_300 = tensor.extract_slice %expanded_297[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_301 = tensor.expand_shape %extracted_slice_298 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_302 = linalg.transpose ins(%expanded_301 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_303 = tensor.expand_shape %extracted_slice_299 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_304 = tensor.expand_shape %extracted_slice_300 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_305 = linalg.transpose ins(%expanded_304 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_306 = linalg.transpose ins(%expanded_303 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_307 = tensor.collapse_shape %transposed_302 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_308 = tensor.collapse_shape %transposed_306 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %597 = linalg.batch_matmul ins(%collapsed_307, %collapsed_308 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_309 = tensor.expand_shape %597 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %598 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_309 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %599:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%598 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_310 = tensor.expand_shape %599#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %600 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%598, %expanded_310 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %601 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%600 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %602 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%601 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %603 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%601, %602 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_311 = tensor.collapse_shape %603 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_312 = tensor.collapse_shape %transposed_305 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %604 = linalg.batch_matmul ins(%collapsed_311, %collapsed_312 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_313 = tensor.expand_shape %604 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %transposed_314 = linalg.transpose ins(%expanded_313 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_315 = tensor.collapse_shape %transposed_314 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %transposed_316 = linalg.transpose ins(%arg125 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %605 = linalg.matmul ins(%collapsed_315, %transposed_316 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %606 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg126 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %607 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%605, %606 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_317 = tensor.expand_shape %607 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %608 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%577, %expanded_317 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %609 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%608 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %610 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%609 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %611 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%610 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %612 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%609, %611 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %613 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%612, %612 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %614 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%613 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %615 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%614 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %616 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%615 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %617 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%608 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %618 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%617 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %619 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%616 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %620 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%619 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %621 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%608, %618 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %622 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%621, %620 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %623 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%622, %arg127 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %624 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%623, %arg128 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_318 = tensor.collapse_shape %624 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_319 = linalg.transpose ins(%arg129 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %625 = linalg.matmul ins(%collapsed_318, %transposed_319 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %626 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg130 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %627 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%625, %626 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_320 = tensor.expand_shape %627 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %628 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_320 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_321 = tensor.collapse_shape %628 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_322 = linalg.transpose ins(%arg131 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %629 = linalg.matmul ins(%collapsed_321, %transposed_322 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %630 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg132 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %631 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%629, %630 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_323 = tensor.expand_shape %631 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %632 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%608, %expanded_323 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %633 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%632 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %634 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%633 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %635 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%634 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %636 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%633, %635 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %637 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%636, %636 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %638 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%637 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %639 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%638 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %640 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%639 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %641 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%632 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %642 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%641 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %643 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%640 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %644 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%643 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %645 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%632, %642 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %646 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%645, %644 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %647 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%646, %arg133 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %648 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%647, %arg134 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_324 = tensor.collapse_shape %648 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_325 = linalg.transpose ins(%arg135 : tensor<384x128xf32>) outs(%22 : tensor<128x384xf32>) permutation = [1, 0] 
    %649 = linalg.matmul ins(%collapsed_324, %transposed_325 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%23 : tensor<128x384xf32>) -> tensor<128x384xf32>
    %650 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg136 : tensor<384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x384xf32>
    %651 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%649, %650 : tensor<128x384xf32>, tensor<128x384xf32>) outs(%22 : tensor<128x384xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x384xf32>
    %expanded_326 = tensor.expand_shape %651 [[0, 1], [2]] output_shape [1, 128, 384] : tensor<128x384xf32> into tensor<1x128x384xf32>
    %extracted_slice_327 = tensor.extract_slice %expanded_326[0, 0, 0] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_328 = tensor.extract_slice %expanded_326[0, 0, 128] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %extracted_slice_329 = tensor.extract_slice %expanded_326[0, 0, 256] [1, 128, 128] [1, 1, 1] : tensor<1x128x384xf32> to tensor<1x128x128xf32>
    %expanded_330 = tensor.expand_shape %extracted_slice_327 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_331 = linalg.transpose ins(%expanded_330 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %expanded_332 = tensor.expand_shape %extracted_slice_328 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %expanded_333 = tensor.expand_shape %extracted_slice_329 [[0], [1], [2, 3]] output_shape [1, 128, 4, 32] : tensor<1x128x128xf32> into tensor<1x128x4x32xf32>
    %transposed_334 = linalg.transpose ins(%expanded_333 : tensor<1x128x4x32xf32>) outs(%27 : tensor<1x4x128x32xf32>) permutation = [0, 2, 1, 3] 
    %transposed_335 = linalg.transpose ins(%expanded_332 : tensor<1x128x4x32xf32>) outs(%28 : tensor<1x4x32x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_336 = tensor.collapse_shape %transposed_331 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %collapsed_337 = tensor.collapse_shape %transposed_335 [[0, 1], [2], [3]] : tensor<1x4x32x128xf32> into tensor<4x32x128xf32>
    %652 = linalg.batch_matmul ins(%collapsed_336, %collapsed_337 : tensor<4x128x32xf32>, tensor<4x32x128xf32>) outs(%30 : tensor<4x128x128xf32>) -> tensor<4x128x128xf32>
    %expanded_338 = tensor.expand_shape %652 [[0, 1], [2], [3]] output_shape [1, 4, 128, 128] : tensor<4x128x128xf32> into tensor<1x4x128x128xf32>
    %653 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_338 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_4 : f64 to f32
      %693 = arith.mulf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x4x128x128xf32>
    %654:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%653 : tensor<1x4x128x128xf32>) outs(%37, %35 : tensor<1x4x128xf32>, tensor<1x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_353: i64):
      %692 = linalg.index 3 : index
      %693 = arith.index_cast %692 : index to i64
      %694 = arith.maximumf %in, %out : f32
      %695 = arith.cmpf ogt, %in, %out : f32
      %696 = arith.select %695, %693, %out_353 : i64
      linalg.yield %694, %696 : f32, i64
    } -> (tensor<1x4x128xf32>, tensor<1x4x128xi64>)
    %expanded_339 = tensor.expand_shape %654#0 [[0], [1], [2, 3]] output_shape [1, 4, 128, 1] : tensor<1x4x128xf32> into tensor<1x4x128x1xf32>
    %655 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%653, %expanded_339 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %656 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%655 : tensor<1x4x128x128xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.exp %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %657 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%656 : tensor<1x4x128x128xf32>) outs(%42 : tensor<1x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x1xf32>
    %658 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%656, %657 : tensor<1x4x128x128xf32>, tensor<1x4x128x1xf32>) outs(%32 : tensor<1x4x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.divf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x4x128x128xf32>
    %collapsed_340 = tensor.collapse_shape %658 [[0, 1], [2], [3]] : tensor<1x4x128x128xf32> into tensor<4x128x128xf32>
    %collapsed_341 = tensor.collapse_shape %transposed_334 [[0, 1], [2], [3]] : tensor<1x4x128x32xf32> into tensor<4x128x32xf32>
    %659 = linalg.batch_matmul ins(%collapsed_340, %collapsed_341 : tensor<4x128x128xf32>, tensor<4x128x32xf32>) outs(%46 : tensor<4x128x32xf32>) -> tensor<4x128x32xf32>
    %expanded_342 = tensor.expand_shape %659 [[0, 1], [2], [3]] output_shape [1, 4, 128, 32] : tensor<4x128x32xf32> into tensor<1x4x128x32xf32>
    %transposed_343 = linalg.transpose ins(%expanded_342 : tensor<1x4x128x32xf32>) outs(%48 : tensor<1x128x4x32xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_344 = tensor.collapse_shape %transposed_343 [[0, 1], [2, 3]] : tensor<1x128x4x32xf32> into tensor<128x128xf32>
    %transposed_345 = linalg.transpose ins(%arg137 : tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) permutation = [1, 0] 
    %660 = linalg.matmul ins(%collapsed_344, %transposed_345 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %661 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg138 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %662 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%660, %661 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_346 = tensor.expand_shape %662 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %663 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%632, %expanded_346 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %664 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%663 : tensor<1x128x128xf32>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f32, %out: f64):
      %692 = arith.extf %in : f32 to f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %665 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%664 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %666 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%665 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %667 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%664, %666 : tensor<1x128x128xf64>, tensor<1x128x1xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.subf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %668 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%667, %667 : tensor<1x128x128xf64>, tensor<1x128x128xf64>) outs(%0 : tensor<1x128x128xf64>) {
    ^bb0(%in: f64, %in_353: f64, %out: f64):
      %692 = arith.mulf %in, %in_353 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x128xf64>
    %669 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%668 : tensor<1x128x128xf64>) outs(%3 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.addf %in, %out : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %670 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%669 : tensor<1x128x1xf64>) outs(%2 : tensor<1x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %692 = arith.divf %in, %cst_6 : f64
      linalg.yield %692 : f64
    } -> tensor<1x128x1xf64>
    %671 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%670 : tensor<1x128x1xf64>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %692 = arith.truncf %in : f64 to f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %672 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%663 : tensor<1x128x128xf32>) outs(%12 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %673 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%672 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_7 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %674 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%671 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.truncf %cst_5 : f64 to f32
      %693 = arith.addf %in, %692 : f32
      linalg.yield %693 : f32
    } -> tensor<1x128x1xf32>
    %675 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%674 : tensor<1x128x1xf32>) outs(%10 : tensor<1x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = math.rsqrt %in : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x1xf32>
    %676 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%663, %673 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.subf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %677 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%676, %675 : tensor<1x128x128xf32>, tensor<1x128x1xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %678 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%677, %arg139 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %679 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%678, %arg140 : tensor<1x128x128xf32>, tensor<128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %collapsed_347 = tensor.collapse_shape %679 [[0, 1], [2]] : tensor<1x128x128xf32> into tensor<128x128xf32>
    %transposed_348 = linalg.transpose ins(%arg141 : tensor<512x128xf32>) outs(%71 : tensor<128x512xf32>) permutation = [1, 0] 
    %680 = linalg.matmul ins(%collapsed_347, %transposed_348 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%72 : tensor<128x512xf32>) -> tensor<128x512xf32>
    %681 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg142 : tensor<512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x512xf32>
    %682 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%680, %681 : tensor<128x512xf32>, tensor<128x512xf32>) outs(%71 : tensor<128x512xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x512xf32>
    %expanded_349 = tensor.expand_shape %682 [[0, 1], [2]] output_shape [1, 128, 512] : tensor<128x512xf32> into tensor<1x128x512xf32>
    %683 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_349 : tensor<1x128x512xf32>) outs(%76 : tensor<1x128x512xf32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.divf %in, %cst_8 : f32
      %693 = math.erf %692 : f32
      %694 = arith.addf %693, %cst_2 : f32
      %695 = arith.mulf %694, %cst_3 : f32
      %696 = arith.mulf %in, %695 : f32
      linalg.yield %696 : f32
    } -> tensor<1x128x512xf32>
    %collapsed_350 = tensor.collapse_shape %683 [[0, 1], [2]] : tensor<1x128x512xf32> into tensor<128x512xf32>
    %transposed_351 = linalg.transpose ins(%arg143 : tensor<128x512xf32>) outs(%78 : tensor<512x128xf32>) permutation = [1, 0] 
    %684 = linalg.matmul ins(%collapsed_350, %transposed_351 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%50 : tensor<128x128xf32>) -> tensor<128x128xf32>
    %685 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg144 : tensor<128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<128x128xf32>
    %686 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%684, %685 : tensor<128x128xf32>, tensor<128x128xf32>) outs(%49 : tensor<128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<128x128xf32>
    %expanded_352 = tensor.expand_shape %686 [[0, 1], [2]] output_shape [1, 128, 128] : tensor<128x128xf32> into tensor<1x128x128xf32>
    %687 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%663, %expanded_352 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.addf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %688 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%687, %687 : tensor<1x128x128xf32>, tensor<1x128x128xf32>) outs(%17 : tensor<1x128x128xf32>) {
    ^bb0(%in: f32, %in_353: f32, %out: f32):
      %692 = arith.mulf %in, %in_353 : f32
      linalg.yield %692 : f32
    } -> tensor<1x128x128xf32>
    %689 = tensor.empty() : tensor<f32>
    %690 = linalg.fill ins(%cst_0 : f32) outs(%689 : tensor<f32>) -> tensor<f32>
    %691 = linalg.generic {indexing_maps = [#map, #map8], iterator_types = ["reduction", "reduction", "reduction"]} ins(%688 : tensor<1x128x128xf32>) outs(%690 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %692 = arith.addf %in, %out : f32
      linalg.yield %692 : f32
    } -> tensor<f32>
    return %691 : tensor<f32>
  }
  func.func @step(%arg0: tensor<1x128x128xf32>, %arg1: tensor<128xf32>, %arg2: tensor<128xf32>, %arg3: tensor<384x128xf32>, %arg4: tensor<384xf32>, %arg5: tensor<128x128xf32>, %arg6: tensor<128xf32>, %arg7: tensor<128xf32>, %arg8: tensor<128xf32>, %arg9: tensor<512x128xf32>, %arg10: tensor<512xf32>, %arg11: tensor<128x512xf32>, %arg12: tensor<128xf32>, %arg13: tensor<128xf32>, %arg14: tensor<128xf32>, %arg15: tensor<384x128xf32>, %arg16: tensor<384xf32>, %arg17: tensor<128x128xf32>, %arg18: tensor<128xf32>, %arg19: tensor<128xf32>, %arg20: tensor<128xf32>, %arg21: tensor<512x128xf32>, %arg22: tensor<512xf32>, %arg23: tensor<128x512xf32>, %arg24: tensor<128xf32>, %arg25: tensor<128xf32>, %arg26: tensor<128xf32>, %arg27: tensor<384x128xf32>, %arg28: tensor<384xf32>, %arg29: tensor<128x128xf32>, %arg30: tensor<128xf32>, %arg31: tensor<128xf32>, %arg32: tensor<128xf32>, %arg33: tensor<512x128xf32>, %arg34: tensor<512xf32>, %arg35: tensor<128x512xf32>, %arg36: tensor<128xf32>, %arg37: tensor<128xf32>, %arg38: tensor<128xf32>, %arg39: tensor<384x128xf32>, %arg40: tensor<384xf32>, %arg41: tensor<128x128xf32>, %arg42: tensor<128xf32>, %arg43: tensor<128xf32>, %arg44: tensor<128xf32>, %arg45: tensor<512x128xf32>, %arg46: tensor<512xf32>, %arg47: tensor<128x512xf32>, %arg48: tensor<128xf32>, %arg49: tensor<128xf32>, %arg50: tensor<128xf32>, %arg51: tensor<384x128xf32>, %arg52: tensor<384xf32>, %arg53: tensor<128x128xf32>, %arg54: tensor<128xf32>, %arg55: tensor<128xf32>, %arg56: tensor<128xf32>, %arg57: tensor<512x128xf32>, %arg58: tensor<512xf32>, %arg59: tensor<128x512xf32>, %arg60: tensor<128xf32>, %arg61: tensor<128xf32>, %arg62: tensor<128xf32>, %arg63: tensor<384x128xf32>, %arg64: tensor<384xf32>, %arg65: tensor<128x128xf32>, %arg66: tensor<128xf32>, %arg67: tensor<128xf32>, %arg68: tensor<128xf32>, %arg69: tensor<512x128xf32>, %arg70: tensor<512xf32>, %arg71: tensor<128x512xf32>, %arg72: tensor<128xf32>, %arg73: tensor<128xf32>, %arg74: tensor<128xf32>, %arg75: tensor<384x128xf32>, %arg76: tensor<384xf32>, %arg77: tensor<128x128xf32>, %arg78: tensor<128xf32>, %arg79: tensor<128xf32>, %arg80: tensor<128xf32>, %arg81: tensor<512x128xf32>, %arg82: tensor<512xf32>, %arg83: tensor<128x512xf32>, %arg84: tensor<128xf32>, %arg85: tensor<128xf32>, %arg86: tensor<128xf32>, %arg87: tensor<384x128xf32>, %arg88: tensor<384xf32>, %arg89: tensor<128x128xf32>, %arg90: tensor<128xf32>, %arg91: tensor<128xf32>, %arg92: tensor<128xf32>, %arg93: tensor<512x128xf32>, %arg94: tensor<512xf32>, %arg95: tensor<128x512xf32>, %arg96: tensor<128xf32>, %arg97: tensor<128xf32>, %arg98: tensor<128xf32>, %arg99: tensor<384x128xf32>, %arg100: tensor<384xf32>, %arg101: tensor<128x128xf32>, %arg102: tensor<128xf32>, %arg103: tensor<128xf32>, %arg104: tensor<128xf32>, %arg105: tensor<512x128xf32>, %arg106: tensor<512xf32>, %arg107: tensor<128x512xf32>, %arg108: tensor<128xf32>, %arg109: tensor<128xf32>, %arg110: tensor<128xf32>, %arg111: tensor<384x128xf32>, %arg112: tensor<384xf32>, %arg113: tensor<128x128xf32>, %arg114: tensor<128xf32>, %arg115: tensor<128xf32>, %arg116: tensor<128xf32>, %arg117: tensor<512x128xf32>, %arg118: tensor<512xf32>, %arg119: tensor<128x512xf32>, %arg120: tensor<128xf32>, %arg121: tensor<128xf32>, %arg122: tensor<128xf32>, %arg123: tensor<384x128xf32>, %arg124: tensor<384xf32>, %arg125: tensor<128x128xf32>, %arg126: tensor<128xf32>, %arg127: tensor<128xf32>, %arg128: tensor<128xf32>, %arg129: tensor<512x128xf32>, %arg130: tensor<512xf32>, %arg131: tensor<128x512xf32>, %arg132: tensor<128xf32>, %arg133: tensor<128xf32>, %arg134: tensor<128xf32>, %arg135: tensor<384x128xf32>, %arg136: tensor<384xf32>, %arg137: tensor<128x128xf32>, %arg138: tensor<128xf32>, %arg139: tensor<128xf32>, %arg140: tensor<128xf32>, %arg141: tensor<512x128xf32>, %arg142: tensor<512xf32>, %arg143: tensor<128x512xf32>, %arg144: tensor<128xf32>) -> (tensor<f32>, tensor<1x128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>) {
    %0:146 = "ckpt.value_and_grad"(%arg0, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37, %arg38, %arg39, %arg40, %arg41, %arg42, %arg43, %arg44, %arg45, %arg46, %arg47, %arg48, %arg49, %arg50, %arg51, %arg52, %arg53, %arg54, %arg55, %arg56, %arg57, %arg58, %arg59, %arg60, %arg61, %arg62, %arg63, %arg64, %arg65, %arg66, %arg67, %arg68, %arg69, %arg70, %arg71, %arg72, %arg73, %arg74, %arg75, %arg76, %arg77, %arg78, %arg79, %arg80, %arg81, %arg82, %arg83, %arg84, %arg85, %arg86, %arg87, %arg88, %arg89, %arg90, %arg91, %arg92, %arg93, %arg94, %arg95, %arg96, %arg97, %arg98, %arg99, %arg100, %arg101, %arg102, %arg103, %arg104, %arg105, %arg106, %arg107, %arg108, %arg109, %arg110, %arg111, %arg112, %arg113, %arg114, %arg115, %arg116, %arg117, %arg118, %arg119, %arg120, %arg121, %arg122, %arg123, %arg124, %arg125, %arg126, %arg127, %arg128, %arg129, %arg130, %arg131, %arg132, %arg133, %arg134, %arg135, %arg136, %arg137, %arg138, %arg139, %arg140, %arg141, %arg142, %arg143, %arg144) <{callee = @loss, wrt = array<i64: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144>}> : (tensor<1x128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>) -> (tensor<f32>, tensor<1x128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>)
    return %0#0, %0#1, %0#2, %0#3, %0#4, %0#5, %0#6, %0#7, %0#8, %0#9, %0#10, %0#11, %0#12, %0#13, %0#14, %0#15, %0#16, %0#17, %0#18, %0#19, %0#20, %0#21, %0#22, %0#23, %0#24, %0#25, %0#26, %0#27, %0#28, %0#29, %0#30, %0#31, %0#32, %0#33, %0#34, %0#35, %0#36, %0#37, %0#38, %0#39, %0#40, %0#41, %0#42, %0#43, %0#44, %0#45, %0#46, %0#47, %0#48, %0#49, %0#50, %0#51, %0#52, %0#53, %0#54, %0#55, %0#56, %0#57, %0#58, %0#59, %0#60, %0#61, %0#62, %0#63, %0#64, %0#65, %0#66, %0#67, %0#68, %0#69, %0#70, %0#71, %0#72, %0#73, %0#74, %0#75, %0#76, %0#77, %0#78, %0#79, %0#80, %0#81, %0#82, %0#83, %0#84, %0#85, %0#86, %0#87, %0#88, %0#89, %0#90, %0#91, %0#92, %0#93, %0#94, %0#95, %0#96, %0#97, %0#98, %0#99, %0#100, %0#101, %0#102, %0#103, %0#104, %0#105, %0#106, %0#107, %0#108, %0#109, %0#110, %0#111, %0#112, %0#113, %0#114, %0#115, %0#116, %0#117, %0#118, %0#119, %0#120, %0#121, %0#122, %0#123, %0#124, %0#125, %0#126, %0#127, %0#128, %0#129, %0#130, %0#131, %0#132, %0#133, %0#134, %0#135, %0#136, %0#137, %0#138, %0#139, %0#140, %0#141, %0#142, %0#143, %0#144, %0#145 : tensor<f32>, tensor<1x128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>
  }
}

