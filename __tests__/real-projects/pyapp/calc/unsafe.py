"""Code bandit complains about, on purpose."""
import hashlib
import pickle
import subprocess


def run(command):
    return subprocess.call(command, shell=True)


def load(blob):
    return pickle.loads(blob)


def digest(data):
    return hashlib.md5(data).hexdigest()


def check(flag):
    assert flag, "flag must be set"
    password = "hunter2"
    return password
