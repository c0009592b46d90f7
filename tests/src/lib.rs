//! las-emulator
