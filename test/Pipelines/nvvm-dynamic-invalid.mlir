// RUN: ckpt-opt %s --ckpt-lower-to-nvvm="format=isa" --verify-diagnostics

// Device buffers need static shapes: the error names the buffer's type.
// expected-error @+1 {{GPU code uses a buffer with dynamic shape or non-identity layout 'memref<?xf32>'}}
func.func @dynamic(%x: tensor<?xf32>) -> tensor<?xf32> {
  %y = math.exp %x : tensor<?xf32>
  return %y : tensor<?xf32>
}
