//! Bad input ends with a clear error naming the file and the place.
