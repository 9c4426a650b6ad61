//! Every limit holds, and its error names the flag that raises it.
