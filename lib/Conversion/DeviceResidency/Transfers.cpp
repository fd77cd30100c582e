//===- Transfers.cpp - device allocation and copies with tokens -----------===//

#include "Transfers.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"

using namespace mlir;

static Value startChain(OpBuilder &b, Location loc) {
  return gpu::WaitOp::create(b, loc, b.getType<gpu::AsyncTokenType>(),
                             ValueRange{})
      .getAsyncToken();
}

static void endChain(OpBuilder &b, Location loc, Value token) {
  gpu::WaitOp::create(b, loc, Type(), ValueRange{token});
}

Value mlir::ckpt::createDeviceAlloc(OpBuilder &b, Location loc,
                                    MemRefType type, ValueRange dynamicSizes) {
  Value token = startChain(b, loc);
  auto alloc = gpu::AllocOp::create(
      b, loc, type, b.getType<gpu::AsyncTokenType>(), ValueRange{token},
      dynamicSizes, ValueRange{}, /*hostShared=*/false);
  endChain(b, loc, alloc.getAsyncToken());
  return alloc.getMemref();
}

Operation *mlir::ckpt::createCopy(OpBuilder &b, Location loc, Value dst,
                                  Value src) {
  Value token = startChain(b, loc);
  auto copy = gpu::MemcpyOp::create(b, loc, b.getType<gpu::AsyncTokenType>(),
                                    ValueRange{token}, dst, src);
  endChain(b, loc, copy.getAsyncToken());
  return copy;
}

void mlir::ckpt::createDeviceFree(OpBuilder &b, Location loc, Value buffer) {
  Value token = startChain(b, loc);
  auto free = gpu::DeallocOp::create(b, loc, b.getType<gpu::AsyncTokenType>(),
                                     ValueRange{token}, buffer);
  endChain(b, loc, free.getAsyncToken());
}
