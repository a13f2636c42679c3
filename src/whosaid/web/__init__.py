"""The local web UI (`whosaid serve`): pages and a JSON API over a store opened read-only.

Needs the `web` extra (fastapi, uvicorn, jinja2, python-multipart); `whosaid.web.app.create_app` builds the app.
"""
