"""Maintenance helpers run by operators."""
import os
import subprocess


def disk_usage(path):
    # Operators pass a path; the shell makes globbing work.
    return subprocess.run("du -sh " + path, shell=True, capture_output=True, text=True).stdout


def export_prices(prices, target):
    with open(target, "w") as handle:
        for name, price in prices.items():
            handle.write(f"{name},{price}\n")
