"""followup-batch: which interview follow-up is due when, written back into your tracker."""

__version__ = "0.1.0"
