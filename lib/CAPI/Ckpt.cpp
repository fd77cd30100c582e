//===- Ckpt.cpp - C API of ckpt -------------------------------------------===//

#include "ckpt-c/Ckpt.h"
#include "ckpt/Dialect/Ckpt/IR/CkptDialect.h"
#include "ckpt/InitAll.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Ckpt, ckpt, mlir::ckpt::CkptDialect)

void ckptRegisterAllDialects(MlirDialectRegistry registry) {
  mlir::ckpt::registerAllDialects(*unwrap(registry));
}

void ckptRegisterAllPasses(void) { mlir::ckpt::registerAllPasses(); }
