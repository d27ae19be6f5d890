"""A small Language Server Protocol client over stdio, for testing editor support."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

TIMEOUT = 60.0


class LspError(AssertionError):
    pass


class Client:
    def __init__(self, command: list[str], cwd: Path, settings: dict[str, Any]) -> None:
        self.settings = settings
        self.proc = subprocess.Popen(
            command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = 0
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            self.inbox.put(json.loads(out.read(length)))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        stdin = self.proc.stdin
        assert stdin is not None
        stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        stdin.flush()

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: dict[str, Any]) -> Any:
        self.next_id += 1
        ident = self.next_id
        self.send({"id": ident, "method": method, "params": params})
        reply = self.wait(lambda m: m.get("id") == ident and "method" not in m, method)
        if "error" in reply:
            raise LspError(f"{method} failed: {reply['error']}")
        return reply.get("result")

    def wait(self, want: Callable[[dict[str, Any]], bool], what: str) -> dict[str, Any]:
        """The next message that `want` accepts; answers the server's own requests meanwhile."""
        while True:
            try:
                message = self.inbox.get(timeout=TIMEOUT)
            except queue.Empty:
                raise LspError(
                    f"no {what} from the language server within {TIMEOUT:.0f}s; "
                    f"got {[m.get('method', m.get('id')) for m in self.seen]}"
                ) from None
            if message is None:
                raise LspError(
                    f"the language server exited while waiting for {what}: {self.stderr()}"
                )
            self.seen.append(message)
            if "method" in message and "id" in message:
                self._answer(message)
            elif want(message):
                return message

    def _answer(self, message: dict[str, Any]) -> None:
        result: Any = None
        if message["method"] == "workspace/configuration":
            result = [
                self.settings.get(item.get("section", ""), None)
                for item in message["params"]["items"]
            ]
        self.send({"id": message["id"], "result": result})

    def stderr(self) -> str:
        self.proc.kill()
        err = self.proc.stderr
        return err.read().decode("utf-8", "replace")[-2000:] if err else ""

    def close(self) -> None:
        try:
            self.request("shutdown", {})
            self.notify("exit", {})
            self.proc.wait(timeout=TIMEOUT)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
                if stream is not None:
                    stream.close()


def start(server: Path, root: Path, settings: dict[str, Any]) -> Client:
    client = Client([str(server), "--stdio"], root, settings)
    client.request(
        "initialize",
        {
            "processId": None,
            "rootUri": root.as_uri(),
            "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
            "capabilities": {
                "workspace": {"configuration": True},
                "textDocument": {
                    "completion": {"completionItem": {"snippetSupport": True}},
                    "publishDiagnostics": {},
                },
            },
        },
    )
    client.notify("initialized", {})
    client.notify("workspace/didChangeConfiguration", {"settings": settings})
    return client


def open_document(client: Client, path: Path) -> None:
    client.notify(
        "textDocument/didOpen",
        {
            "textDocument": {
                "uri": path.as_uri(),
                "languageId": "yaml",
                "version": 1,
                "text": path.read_text(encoding="utf-8"),
            }
        },
    )


def diagnostics(client: Client, path: Path, nonempty: bool = True) -> list[dict[str, Any]]:
    uri = path.as_uri()

    def wanted(m: dict[str, Any]) -> bool:
        return (
            m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri
            and (bool(m["params"]["diagnostics"]) or not nonempty)
        )

    found: list[dict[str, Any]] = client.wait(wanted, f"diagnostics for {path.name}")["params"][
        "diagnostics"
    ]
    return found


def completion_labels(client: Client, path: Path, line: int, character: int) -> list[str]:
    result = client.request(
        "textDocument/completion",
        {
            "textDocument": {"uri": path.as_uri()},
            "position": {"line": line, "character": character},
        },
    )
    items = result.get("items", []) if isinstance(result, dict) else (result or [])
    return [item["label"] for item in items]
