//! Postrun probed as a hostile or unlucky user would: secrets planted every
//! documented way and searched for in every output and encoding, reports
//! that must survive odd names and bad paths, input that must fail clearly,
//! limits that must hold. See: issue 16.

mod input;
mod limits;
mod network;
mod reports;
mod scripts;
mod secrets;
mod signals;
