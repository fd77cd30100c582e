// RUN: ckpt-opt %s --pass-pipeline="builtin.module(ckpt-device-residency)" --split-input-file --verify-diagnostics

// expected-error @+1 {{GPU code uses a buffer with dynamic shape or non-identity layout 'memref<?xf32>', which the GPU path does not support}}
func.func @dynamic(%x: memref<?xf32>) {
  %c = arith.constant 1.0 : f32
  linalg.fill ins(%c : f32) outs(%x : memref<?xf32>)
  return
}

// -----

func.func @host_store(%c: f32, %i: index) {
  %a = memref.alloc() : memref<4xf32>
  linalg.fill ins(%c : f32) outs(%a : memref<4xf32>)
  // expected-error @+1 {{host code writes a buffer that GPU code uses}}
  memref.store %c, %a[%i] : memref<4xf32>
  memref.dealloc %a : memref<4xf32>
  return
}

// -----

func.func private @use(memref<4xf32>)

func.func @call(%c: f32) {
  %a = memref.alloc() : memref<4xf32>
  linalg.fill ins(%c : f32) outs(%a : memref<4xf32>)
  // expected-error @+1 {{a buffer that GPU code uses is passed to a call}}
  func.call @use(%a) : (memref<4xf32>) -> ()
  memref.dealloc %a : memref<4xf32>
  return
}
