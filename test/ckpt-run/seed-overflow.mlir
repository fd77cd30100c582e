// Seeded inputs whose byte count overflows (or is absurdly large) are refused
// before anything is allocated or written, naming the argument and its type
// (issue #13: tensor<4611686018427387904xf32> wrapped to 0 bytes and wrote
// past the buffer; tensor<3074457345618258603x3xf32> "succeeded" empty).
// RUN: not ckpt-run %s --entry=wraps --seed=1 2>&1 | FileCheck %s --check-prefix=WRAPS
// RUN: not ckpt-run %s --entry=product --seed=1 2>&1 | FileCheck %s --check-prefix=PRODUCT
// RUN: not ckpt-run %s --entry=huge --seed=1 2>&1 | FileCheck %s --check-prefix=HUGE
// RUN: not ckpt-run %s --entry=result --seed=1 2>&1 | FileCheck %s --check-prefix=RESULT

// WRAPS: ckpt-run: error: entry 'wraps' argument #0 has type tensor<4611686018427387904xf32>: its size in bytes overflows or exceeds the limit of 1099511627776 bytes{{$}}
// WRAPS-NOT: {{.}}
// PRODUCT: ckpt-run: error: entry 'product' argument #1 has type tensor<3074457345618258603x3xf32>: its size in bytes overflows or exceeds the limit of 1099511627776 bytes{{$}}
// PRODUCT-NOT: {{.}}
// HUGE: ckpt-run: error: entry 'huge' argument #0 has type tensor<1024x1024x1024x1024xf64>: its size in bytes overflows or exceeds the limit of 1099511627776 bytes{{$}}
// HUGE-NOT: {{.}}
// RESULT: ckpt-run: error: entry 'result' result #0 has type tensor<9223372036854775807x2xf32>: its size in bytes overflows{{.*}}
// RESULT-NOT: {{.}}

func.func @wraps(%a: tensor<4611686018427387904xf32>) -> tensor<4611686018427387904xf32> {
  return %a : tensor<4611686018427387904xf32>
}

func.func @product(%s: f32, %a: tensor<3074457345618258603x3xf32>) -> tensor<3074457345618258603x3xf32> {
  return %a : tensor<3074457345618258603x3xf32>
}

func.func @huge(%a: tensor<1024x1024x1024x1024xf64>) -> tensor<1024x1024x1024x1024xf64> {
  return %a : tensor<1024x1024x1024x1024xf64>
}

func.func private @make() -> tensor<9223372036854775807x2xf32>

func.func @result() -> tensor<9223372036854775807x2xf32> {
  %r = call @make() : () -> tensor<9223372036854775807x2xf32>
  return %r : tensor<9223372036854775807x2xf32>
}
