//! The virtual machine: object model, evaluation loop, builtins.
