"""Sources in object stores (`s3://`, `gs://`, `az://` and the other fsspec schemes): each object is copied,
streamed, into the workspace's cache and read from there like a local file, while documents, ledgers and
manifests name the object's URI. The cache is keyed by the object's ETag (or size and modification time), so an
unchanged object is fetched once; a copy lands under its final name only when complete, so an interrupted fetch
leaves nothing half-written behind.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
import uuid
from pathlib import Path, PurePosixPath

from datalab.errors import DatalabError
from datalab.readers import SUPPORTED, Discovered, InputFile, Skipped, _suffix, scrubbed_uri

CACHE_DIR = Path(".datalab") / "cache"
log = logging.getLogger("datalab")


def is_remote(uri: str) -> bool:
    return "://" in uri and not uri.startswith("file://")


def _tag(info: dict) -> str:
    """What changes when the object does: its ETag, else its size and modification time."""
    tag = info.get("ETag") or info.get("etag") or f"{info.get('size')}-{info.get('LastModified') or info.get('mtime')}"
    return str(tag).strip('"')


def remote_files(name: str, uri: str, options: dict, scrub, cache: Path = CACHE_DIR) -> Discovered:
    """The objects under `uri` (a prefix, an object or a glob) as input files in the local cache, named by their
    URIs (through `scrub`: object keys can hold personal data); objects in no supported format are skipped with
    the reason. A store that cannot be listed or read is a DatalabError naming the source, never the content."""
    import fsspec

    def listing() -> dict:
        fs.invalidate_cache()  # a listing cached by an earlier run in this process would miss a changed object
        if any(ch in root for ch in "*?["):
            found = fs.glob(root, detail=True)
        else:
            found = {root: fs.info(root)} if fs.isfile(root) else fs.find(root, detail=True)
        if not found:
            raise FileNotFoundError(uri)
        return found

    try:
        fs, root = fsspec.core.url_to_fs(uri, **options)
        protocol = uri.split("://", 1)[0]
        found = _retried(name, listing)
        files, skipped = [], []
        for key, info in sorted(found.items()):
            shown = scrubbed_uri(key if "://" in key else f"{protocol}://{key}", scrub)  # HTTP keys are URLs
            if info.get("type") == "directory":
                continue
            if _suffix(PurePosixPath(key)) not in SUPPORTED:
                skipped.append(Skipped(shown, "unsupported format"))
                continue
            local = _retried(name, _fetch, fs, key, info, cache / name)
            files.append(InputFile(path=str(local.resolve()), uri=shown, source=name, bytes=local.stat().st_size))
        return Discovered(files, skipped)
    except DatalabError:
        raise
    except FileNotFoundError:
        raise DatalabError(f"source {name}: nothing at {scrubbed_uri(uri, scrub)}") from None
    except Exception as exc:  # botocore, gcsfs and adlfs raise their own; their messages can quote keys
        raise DatalabError(f"source {name}: {uri.split('://')[0]}:// store cannot be read ({type(exc).__name__})") from None


#: Seconds waited before the second and the third attempt at listing a store or fetching an object: a store
#: that drops a connection or is unreachable for a moment gets two more chances (fsspec's HTTP store reports
#: an unreachable server as a missing file, so that too is tried again); a refused credential is not.
RETRY_WAITS = (0.5, 2.0)


def _retried(name: str, call, *args):
    for wait in (*RETRY_WAITS, None):
        try:
            return call(*args)
        except (PermissionError, DatalabError):
            raise
        except Exception as exc:
            if wait is None:
                raise
            log.warning("source %s: the store failed (%s), trying again in %.1f s", name, type(exc).__name__, wait)
            time.sleep(wait)


def _fetch(fs, key: str, info: dict, cache: Path) -> Path:
    """The object's copy in `cache` (a directory per object, named by a hash of its key and tag, holding the
    object's file name so that its suffix picks the reader), fetched unless present."""
    digest = hashlib.sha256(f"{key}\0{_tag(info)}".encode()).hexdigest()[:24]
    local = cache / digest / PurePosixPath(key).name
    if local.exists():
        return local
    local.parent.mkdir(parents=True, exist_ok=True)
    partial = local.with_name(f".{local.name}.{uuid.uuid4().hex}.part")
    try:
        fs.get_file(key, str(partial))
        os.replace(partial, local)
    finally:
        partial.unlink(missing_ok=True)
    return local
