//===- TestCkptDialect.cpp - the test_ckpt dialect ------------------------===//

#include "TestCkptDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace mlir::ckpt::test;

#include "TestCkptOpsDialect.cpp.inc"

void TestCkptDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "TestCkptOps.cpp.inc"
      >();
}

#define GET_OP_CLASSES
#include "TestCkptOps.cpp.inc"

Value mlir::ckpt::test::buildSoftplus(OpBuilder &b, Location loc, Value x) {
  Type type = x.getType();
  Value one = arith::ConstantOp::create(b, loc, type, b.getFloatAttr(type, 1));
  Value e = math::ExpOp::create(b, loc, x);
  return math::LogOp::create(b, loc, arith::AddFOp::create(b, loc, one, e));
}

Value mlir::ckpt::test::buildCube(OpBuilder &b, Location loc, Value x) {
  Value square = arith::MulFOp::create(b, loc, x, x);
  return arith::MulFOp::create(b, loc, square, x);
}
