// RUN: not ckpt-opt %s --ckpt-lower-to-nvvm="format=cubin" 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not ckpt-opt %s --ckpt-lower-to-nvvm="chip=gfx90a" 2>&1 | FileCheck %s --check-prefix=CHIP

// FORMAT: ckpt-lower-to-nvvm: format must be fatbin, isa or bin, got 'cubin'
// CHIP: ckpt-lower-to-nvvm: chip must be sm_<NN>, got 'gfx90a'

func.func @f() {
  return
}
