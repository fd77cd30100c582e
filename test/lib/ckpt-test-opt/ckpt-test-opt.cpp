//===- ckpt-test-opt.cpp - ckpt-opt with the test dialect -----------------===//
//
// What an embedding compiler's own opt tool does: ckpt's registration, then
// its own dialect with the models that make its ops differentiable and
// plannable.
//
//===----------------------------------------------------------------------===//

#include "TestCkptDialect.h"

#include "ckpt/InitAll.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::ckpt::registerAllDialects(registry);
  mlir::ckpt::test::registerTestCkptDialect(registry);
  mlir::ckpt::registerAllPasses();
  mlir::ckpt::test::registerTestCkptPasses();
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "ckpt test driver: ckpt-opt with the test_ckpt dialect\n",
      registry));
}
