"""The 20/80 job of the export benchmark in pandas: sum per customer, rank, cumulative share, vital few."""
import json
import sys

import pandas as pd

frame = pd.read_csv(sys.argv[1], usecols=["customer", "amount"], dtype={"customer": str})
totals = frame.groupby("customer")["amount"].sum().sort_values(ascending=False, kind="stable")
running = totals.cumsum()
grand = float(totals.sum())
vital = int((running < 0.8 * grand).sum()) + 1
json.dump({"clients": int(totals.size), "total": grand, "vitalFew": vital}, sys.stdout, indent=2)
print()
