//! las-client
