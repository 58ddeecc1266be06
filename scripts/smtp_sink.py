#!/usr/bin/env python3
"""A real SMTP server on loopback for tests: every message received is written to DIR as N.eml.

Usage: smtp_sink.py DIR  (prints "READY <port>" once listening; runs until killed or stdin closes)
"""
import os
import socket
import sys
import threading

from aiosmtpd.controller import Controller


class Store:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            n = self.count
        path = os.path.join(self.directory, f"{n:05d}.eml")
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            f.write(b"X-Envelope-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(envelope.original_content or envelope.content)
        os.replace(tmp, path)
        return "250 OK"


def main():
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)
    # aiosmtpd's controller cannot listen on port 0 itself, so find a free port first.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Store(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"READY {port}", flush=True)
    try:
        sys.stdin.read()  # parent closes stdin (or dies) to stop us
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
