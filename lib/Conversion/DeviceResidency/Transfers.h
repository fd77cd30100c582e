//===- Transfers.h - device allocation and copies with tokens ---*- C++ -*-===//
//
// Each helper emits one asynchronous GPU op in its own token chain
// (`gpu.wait async` -> op -> `gpu.wait`): gpu-to-llvm lowers only the async
// forms of gpu.alloc/gpu.dealloc, and the runtime runs everything on one
// stream, so the chain costs a stream synchronization and nothing else.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_LIB_CONVERSION_DEVICERESIDENCY_TRANSFERS_H
#define CKPT_LIB_CONVERSION_DEVICERESIDENCY_TRANSFERS_H

#include "mlir/IR/Builders.h"

namespace mlir::ckpt {

/// A device buffer of `type` (dynamic sizes from `dynamicSizes`).
Value createDeviceAlloc(OpBuilder &b, Location loc, MemRefType type,
                        ValueRange dynamicSizes);
/// Copies `src` into `dst` (either side may be host or device memory).
/// Returns the gpu.memcpy.
Operation *createCopy(OpBuilder &b, Location loc, Value dst, Value src);
/// Frees a buffer createDeviceAlloc made.
void createDeviceFree(OpBuilder &b, Location loc, Value buffer);

} // namespace mlir::ckpt

#endif // CKPT_LIB_CONVERSION_DEVICERESIDENCY_TRANSFERS_H
