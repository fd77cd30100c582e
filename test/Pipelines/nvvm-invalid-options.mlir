// Bad --ckpt-lower-to-nvvm options are one line each from the option
// parser: format is an enum, chip is checked as it is parsed.
// RUN: not ckpt-opt %s --ckpt-lower-to-nvvm="format=cubin" 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not ckpt-opt %s --ckpt-lower-to-nvvm="chip=gfx90a" 2>&1 | FileCheck %s --check-prefix=CHIP
// RUN: not ckpt-opt %s --ckpt-lower-to-nvvm="chip=sm_" 2>&1 | FileCheck %s --check-prefix=NODIGITS
// RUN: not ckpt-opt %s --ckpt-lower-to-nvvm="threads=2" 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not ckpt-opt %s --ckpt-lower-to-nvvm="format=cubin" 2>&1 | count 1
// RUN: not ckpt-opt %s --ckpt-lower-to-nvvm="chip=gfx90a" 2>&1 | count 1
// RUN: ckpt-opt --help | FileCheck %s --check-prefix=HELP

// FORMAT: for the --format option: Cannot find option named 'cubin'!
// CHIP: for the --chip option: chip must be sm_<NN>, got 'gfx90a'
// NODIGITS: chip must be sm_<NN>, got 'sm_'
// UNKNOWN: no such option threads

// HELP-LABEL: --ckpt-lower-to-nvvm
// HELP: --format=<value>
// HELP-NEXT: =fatbin
// HELP-NEXT: =isa
// HELP-NEXT: =bin

func.func @f() {
  return
}
