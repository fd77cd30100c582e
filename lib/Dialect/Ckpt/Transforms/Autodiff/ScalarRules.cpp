//===- ScalarRules.cpp - adjoints of scalar arith and math ops ------------===//
//
// ScalarAdjointOpInterface models of the arith and math ops: one overload of
// `rule` per op. The same rules run on values in a function body (through
// ScalarOpAdjointModel) and inside linalg.generic bodies, where the generic
// rule replays the body and runs each op's scalar rule backwards.
//
//===----------------------------------------------------------------------===//

#include "Adjoint.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

#include <cmath>

using namespace mlir;
using namespace mlir::ckpt;
using namespace mlir::ckpt::autodiff;

namespace {
/// Small arithmetic helpers that keep the rules readable, and what every
/// rule reads: the op's result `y`, its adjoint `g`, the running value of a
/// reduction the op combines (or null) and the operand adjoints to fill.
struct ScalarBuilder {
  OpBuilder &b;
  Location loc;
  Type type;
  Value y;
  Value g;
  Value accumulator;
  SmallVectorImpl<Value> &adj;

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
static void minMaxRule(ScalarBuilder &s, Value lhs, Value rhs, bool isMax) {
  Value g = s.g, accumulator = s.accumulator;
  SmallVectorImpl<Value> &adj = s.adj;
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

static void rule(ScalarBuilder &s, arith::AddFOp) {
  s.adj[0] = s.g;
  s.adj[1] = s.g;
}
static void rule(ScalarBuilder &s, arith::SubFOp) {
  s.adj[0] = s.g;
  s.adj[1] = s.neg(s.g);
}
static void rule(ScalarBuilder &s, arith::MulFOp op) {
  s.adj[0] = s.mul(s.g, op.getRhs());
  s.adj[1] = s.mul(s.g, op.getLhs());
}
static void rule(ScalarBuilder &s, arith::DivFOp op) {
  // d(a/b)/db = -(a/b)/b
  s.adj[0] = s.div(s.g, op.getRhs());
  s.adj[1] = s.neg(s.div(s.mul(s.g, s.y), op.getRhs()));
}
static void rule(ScalarBuilder &s, arith::NegFOp) { s.adj[0] = s.neg(s.g); }
static void rule(ScalarBuilder &s, arith::MaximumFOp op) {
  minMaxRule(s, op.getLhs(), op.getRhs(), /*isMax=*/true);
}
static void rule(ScalarBuilder &s, arith::MaxNumFOp op) {
  minMaxRule(s, op.getLhs(), op.getRhs(), /*isMax=*/true);
}
static void rule(ScalarBuilder &s, arith::MinimumFOp op) {
  minMaxRule(s, op.getLhs(), op.getRhs(), /*isMax=*/false);
}
static void rule(ScalarBuilder &s, arith::MinNumFOp op) {
  minMaxRule(s, op.getLhs(), op.getRhs(), /*isMax=*/false);
}
static void rule(ScalarBuilder &s, arith::SelectOp op) {
  Value zero = s.cst(0.0);
  s.adj[1] = s.select(op.getCondition(), s.g, zero);
  s.adj[2] = s.select(op.getCondition(), zero, s.g);
}
static void rule(ScalarBuilder &s, arith::ExtFOp op) {
  s.adj[0] = arith::TruncFOp::create(s.b, s.loc, op.getIn().getType(), s.g);
}
static void rule(ScalarBuilder &s, arith::TruncFOp op) {
  s.adj[0] = arith::ExtFOp::create(s.b, s.loc, op.getIn().getType(), s.g);
}
static void rule(ScalarBuilder &s, math::ExpOp) { s.adj[0] = s.mul(s.g, s.y); }
static void rule(ScalarBuilder &s, math::LogOp op) {
  s.adj[0] = s.div(s.g, op.getOperand());
}
static void rule(ScalarBuilder &s, math::TanhOp) {
  s.adj[0] = s.mul(s.g, s.sub(s.cst(1.0), s.mul(s.y, s.y)));
}
static void rule(ScalarBuilder &s, math::SqrtOp) {
  s.adj[0] = s.div(s.mul(s.g, s.cst(0.5)), s.y);
}
static void rule(ScalarBuilder &s, math::RsqrtOp) {
  // d(x^-1/2)/dx = -1/2 x^-3/2 = -1/2 y^3
  Value y = s.y;
  s.adj[0] = s.mul(s.g, s.mul(s.cst(-0.5), s.mul(y, s.mul(y, y))));
}
static void rule(ScalarBuilder &s, math::ErfOp op) {
  Value x = op.getOperand();
  Value e = math::ExpOp::create(s.b, s.loc, s.neg(s.mul(x, x)));
  s.adj[0] = s.mul(s.g, s.mul(s.cst(2.0 / std::sqrt(M_PI)), e));
}
static void rule(ScalarBuilder &s, math::PowFOp op) {
  Value x = op.getLhs(), p = op.getRhs();
  Value pm1 = math::PowFOp::create(s.b, s.loc, x, s.sub(p, s.cst(1.0)));
  s.adj[0] = s.mul(s.g, s.mul(p, pm1));
  s.adj[1] = s.mul(s.g, s.mul(s.y, math::LogOp::create(s.b, s.loc, x)));
}
/// x^n with an integer n (what torch-mlir makes of x**3 in the tanh GELU):
/// n x^(n-1), and 0 for n = 0 as in PyTorch (x^-1 would make it 0 * inf at
/// x = 0).
static void rule(ScalarBuilder &s, math::FPowIOp op) {
  OpBuilder &b = s.b;
  Location loc = s.loc;
  Value x = op.getLhs(), n = op.getRhs();
  Value one =
      arith::ConstantOp::create(b, loc, b.getIntegerAttr(n.getType(), 1));
  Value zero =
      arith::ConstantOp::create(b, loc, b.getIntegerAttr(n.getType(), 0));
  Value pm1 =
      math::FPowIOp::create(b, loc, x, arith::SubIOp::create(b, loc, n, one));
  Value nf = arith::SIToFPOp::create(b, loc, x.getType(), n);
  Value isZero =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, n, zero);
  s.adj[0] = s.select(isZero, s.cst(0.0), s.mul(s.g, s.mul(nf, pm1)));
}
static void rule(ScalarBuilder &s, math::AbsFOp op) {
  Value negative =
      s.cmp(arith::CmpFPredicate::OLT, op.getOperand(), s.cst(0.0));
  s.adj[0] = s.select(negative, s.neg(s.g), s.g);
}
static void rule(ScalarBuilder &s, math::SinOp op) {
  s.adj[0] = s.mul(s.g, math::CosOp::create(s.b, s.loc, op.getOperand()));
}
static void rule(ScalarBuilder &s, math::CosOp op) {
  s.adj[0] =
      s.neg(s.mul(s.g, math::SinOp::create(s.b, s.loc, op.getOperand())));
}

namespace {
/// The scalar rule of OpTy: its overload of `rule`.
template <typename OpTy>
struct ScalarRule
    : public ScalarAdjointOpInterface::ExternalModel<ScalarRule<OpTy>, OpTy> {
  LogicalResult emitScalarAdjoint(Operation *op, OpBuilder &b,
                                  ValueRange resultAdj, Value accumulator,
                                  SmallVectorImpl<Value> &adj) const {
    adj.assign(op->getNumOperands(), Value());
    if (op->getNumResults() != 1 || resultAdj.size() != 1)
      return failure();
    Value y = op->getResult(0);
    ScalarBuilder s{b, op->getLoc(), y.getType(), y, resultAdj[0],
                    accumulator, adj};
    rule(s, cast<OpTy>(op));
    return success();
  }
};

/// Both models of each differentiable op; the others get a model that
/// propagates nothing.
template <typename... Ops>
void attachScalarRules(MLIRContext *ctx) {
  (Ops::template attachInterface<ScalarRule<Ops>, ScalarOpAdjointModel<Ops>>(
       *ctx),
   ...);
}
template <typename... Ops>
void attachNonDifferentiable(MLIRContext *ctx) {
  (Ops::template attachInterface<NonDifferentiableAdjointModel<Ops>>(*ctx),
   ...);
}
} // namespace

LogicalResult mlir::ckpt::emitScalarOpAdjoint(AdjointEmitter &e,
                                              Operation *op) {
  auto scalar = dyn_cast<ScalarAdjointOpInterface>(op);
  if (!scalar || op->getNumResults() != 1 ||
      !isa<FloatType>(op->getResult(0).getType()))
    return op->emitOpError("cannot be differentiated: only scalar "
                           "floating-point ops have scalar adjoint rules "
                           "outside linalg bodies");
  Value g = e.lookup(op->getResult(0));
  if (!g)
    return success();
  SmallVector<Value> adj;
  if (failed(scalar.emitScalarAdjoint(e.builder(), g, Value(), adj)))
    return op->emitOpError("cannot be differentiated: no adjoint for '")
           << op->getName() << "' with these operands";
  for (auto [operand, a] : llvm::zip(op->getOperands(), adj))
    if (a && e.isVaried(operand))
      e.accumulate(operand, a);
  return success();
}

void mlir::ckpt::registerArithAdjointModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, arith::ArithDialect *) {
    attachScalarRules<arith::AddFOp, arith::SubFOp, arith::MulFOp,
                      arith::DivFOp, arith::NegFOp, arith::MaximumFOp,
                      arith::MaxNumFOp, arith::MinimumFOp, arith::MinNumFOp,
                      arith::SelectOp, arith::ExtFOp, arith::TruncFOp>(ctx);
    attachNonDifferentiable<arith::CmpFOp, arith::CmpIOp, arith::FPToSIOp,
                            arith::FPToUIOp, arith::ConstantOp>(ctx);
  });
}

void mlir::ckpt::registerMathAdjointModels(DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, math::MathDialect *) {
    attachScalarRules<math::ExpOp, math::LogOp, math::TanhOp, math::SqrtOp,
                      math::RsqrtOp, math::ErfOp, math::PowFOp, math::FPowIOp,
                      math::AbsFOp, math::SinOp, math::CosOp>(ctx);
  });
}
