//===- ScalarRules.cpp - adjoints of scalar arith and math ops ------------===//
//
// The derivative of every scalar op ckpt differentiates. The same rules run
// on values in a function body and inside linalg.generic bodies, where the
// generic rule replays the body and calls scalarVJP on each op.
//
//===----------------------------------------------------------------------===//

#include "Adjoint.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace mlir::ckpt;
using namespace mlir::ckpt::autodiff;

namespace {
/// Small arithmetic helpers that keep the rules readable.
struct ScalarBuilder {
  OpBuilder &b;
  Location loc;
  Type type;

  Value cst(double v) {
    return arith::ConstantOp::create(b, loc, type, b.getFloatAttr(type, v));
  }
  Value add(Value x, Value y) { return arith::AddFOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) { return arith::SubFOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return arith::MulFOp::create(b, loc, x, y); }
  Value div(Value x, Value y) { return arith::DivFOp::create(b, loc, x, y); }
  Value neg(Value x) { return arith::NegFOp::create(b, loc, x); }
  Value cmp(arith::CmpFPredicate p, Value x, Value y) {
    return arith::CmpFOp::create(b, loc, p, x, y);
  }
  Value select(Value c, Value x, Value y) {
    return arith::SelectOp::create(b, loc, c, x, y);
  }
};
} // namespace

/// max/min: the gradient goes to the operand that is selected; a tie goes to
/// the first operand, except that a reduction's running value never wins a
/// tie (there it stands for the final result, which equals the element that
/// produced it).
static void minMaxVJP(ScalarBuilder &s, Value lhs, Value rhs, Value g,
                      Value accumulator, bool isMax,
                      SmallVectorImpl<Value> &adj) {
  using P = arith::CmpFPredicate;
  Value zero = s.cst(0.0);
  Value lhsWins;
  if (lhs == accumulator)
    lhsWins = s.cmp(isMax ? P::OGT : P::OLT, lhs, rhs);
  else if (rhs == accumulator)
    lhsWins = s.cmp(isMax ? P::OGE : P::OLE, lhs, rhs);
  else
    lhsWins = s.cmp(isMax ? P::OGE : P::OLE, lhs, rhs);
  adj[0] = s.select(lhsWins, g, zero);
  adj[1] = s.select(lhsWins, zero, g);
}

LogicalResult autodiff::scalarVJP(OpBuilder &b, Operation *op,
                                  ValueRange resultAdj, Value accumulator,
                                  SmallVectorImpl<Value> &adj) {
  adj.assign(op->getNumOperands(), Value());
  if (op->getNumResults() != 1)
    return failure();
  Value g = resultAdj[0];
  Value y = op->getResult(0);
  Type type = y.getType();
  ScalarBuilder s{b, op->getLoc(), type};
  auto operand = [&](unsigned i) { return op->getOperand(i); };
  return TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](arith::AddFOp) {
        adj[0] = g;
        adj[1] = g;
        return success();
      })
      .Case([&](arith::SubFOp) {
        adj[0] = g;
        adj[1] = s.neg(g);
        return success();
      })
      .Case([&](arith::MulFOp) {
        adj[0] = s.mul(g, operand(1));
        adj[1] = s.mul(g, operand(0));
        return success();
      })
      .Case([&](arith::DivFOp) {
        // d(a/b)/db = -(a/b)/b
        adj[0] = s.div(g, operand(1));
        adj[1] = s.neg(s.div(s.mul(g, y), operand(1)));
        return success();
      })
      .Case([&](arith::NegFOp) {
        adj[0] = s.neg(g);
        return success();
      })
      .Case<arith::MaximumFOp, arith::MaxNumFOp>([&](Operation *) {
        minMaxVJP(s, operand(0), operand(1), g, accumulator, true, adj);
        return success();
      })
      .Case<arith::MinimumFOp, arith::MinNumFOp>([&](Operation *) {
        minMaxVJP(s, operand(0), operand(1), g, accumulator, false, adj);
        return success();
      })
      .Case([&](arith::SelectOp) {
        Value zero = s.cst(0.0);
        adj[1] = s.select(operand(0), g, zero);
        adj[2] = s.select(operand(0), zero, g);
        return success();
      })
      .Case([&](arith::ExtFOp) {
        adj[0] = arith::TruncFOp::create(b, op->getLoc(),
                                         operand(0).getType(), g);
        return success();
      })
      .Case([&](arith::TruncFOp) {
        adj[0] =
            arith::ExtFOp::create(b, op->getLoc(), operand(0).getType(), g);
        return success();
      })
      .Case([&](math::ExpOp) {
        adj[0] = s.mul(g, y);
        return success();
      })
      .Case([&](math::LogOp) {
        adj[0] = s.div(g, operand(0));
        return success();
      })
      .Case([&](math::TanhOp) {
        adj[0] = s.mul(g, s.sub(s.cst(1.0), s.mul(y, y)));
        return success();
      })
      .Case([&](math::SqrtOp) {
        adj[0] = s.div(s.mul(g, s.cst(0.5)), y);
        return success();
      })
      .Case([&](math::RsqrtOp) {
        // d(x^-1/2)/dx = -1/2 x^-3/2 = -1/2 y^3
        adj[0] = s.mul(g, s.mul(s.cst(-0.5), s.mul(y, s.mul(y, y))));
        return success();
      })
      .Case([&](math::ErfOp) {
        Value x = operand(0);
        Value e = math::ExpOp::create(b, op->getLoc(), s.neg(s.mul(x, x)));
        adj[0] = s.mul(g, s.mul(s.cst(2.0 / std::sqrt(M_PI)), e));
        return success();
      })
      .Case([&](math::PowFOp) {
        Value x = operand(0), p = operand(1);
        Value pm1 = math::PowFOp::create(b, op->getLoc(), x,
                                         s.sub(p, s.cst(1.0)));
        adj[0] = s.mul(g, s.mul(p, pm1));
        adj[1] = s.mul(g, s.mul(y, math::LogOp::create(b, op->getLoc(), x)));
        return success();
      })
      .Case([&](math::FPowIOp) {
        // x^n with an integer n (what torch-mlir makes of x**3 in the tanh
        // GELU): n x^(n-1), and 0 for n = 0 as in PyTorch (x^-1 would make
        // it 0 * inf at x = 0).
        Location loc = op->getLoc();
        Value x = operand(0), n = operand(1);
        Value one = arith::ConstantOp::create(
            b, loc, b.getIntegerAttr(n.getType(), 1));
        Value zero = arith::ConstantOp::create(
            b, loc, b.getIntegerAttr(n.getType(), 0));
        Value pm1 = math::FPowIOp::create(
            b, loc, x, arith::SubIOp::create(b, loc, n, one));
        Value nf = arith::SIToFPOp::create(b, loc, x.getType(), n);
        Value isZero =
            arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, n, zero);
        adj[0] = s.select(isZero, s.cst(0.0), s.mul(g, s.mul(nf, pm1)));
        return success();
      })
      .Case([&](math::AbsFOp) {
        Value negative =
            s.cmp(arith::CmpFPredicate::OLT, operand(0), s.cst(0.0));
        adj[0] = s.select(negative, s.neg(g), g);
        return success();
      })
      .Case([&](math::SinOp) {
        adj[0] = s.mul(g, math::CosOp::create(b, op->getLoc(), operand(0)));
        return success();
      })
      .Case([&](math::CosOp) {
        adj[0] = s.neg(
            s.mul(g, math::SinOp::create(b, op->getLoc(), operand(0))));
        return success();
      })
      .Default([](Operation *) { return failure(); });
}

/// Ops whose results never carry a gradient to their operands.
static bool isNonDifferentiable(Operation *op) {
  return isa<arith::CmpFOp, arith::CmpIOp, arith::FPToSIOp, arith::FPToUIOp,
             arith::ConstantOp>(op);
}

LogicalResult autodiff::scalarAdjoint(AdjointEmitter &e, Operation *op,
                                      bool &handled) {
  handled = false;
  if (!isa_and_present<arith::ArithDialect, math::MathDialect>(
          op->getDialect()))
    return success();
  handled = true;
  if (isNonDifferentiable(op))
    return success();
  if (op->getNumResults() != 1 ||
      !isa<FloatType>(op->getResult(0).getType()))
    return op->emitOpError("cannot be differentiated: only scalar "
                           "floating-point arith/math ops have adjoint rules "
                           "outside linalg bodies");
  Value g = e.lookup(op->getResult(0));
  if (!g)
    return success();
  SmallVector<Value> adj;
  if (failed(scalarVJP(e.builder(), op, g, Value(), adj)))
    return op->emitOpError(
        "cannot be differentiated: no adjoint rule (supported: arith addf, "
        "subf, mulf, divf, negf, maximumf, minimumf, maxnumf, minnumf, "
        "select, extf, truncf; math exp, log, tanh, sqrt, rsqrt, erf, powf, "
        "fpowi, absf, sin, cos)");
  for (auto [operand, a] : llvm::zip(op->getOperands(), adj))
    if (a && e.isVaried(operand))
      e.accumulate(operand, a);
  return success();
}
