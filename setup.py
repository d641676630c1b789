"""Build step the declarative pyproject.toml cannot express: the wheel gets compiled gettext
catalogs (bot/locale/*/LC_MESSAGES/*.mo, not kept in git) and the public exchange schema
(schema/*.json, copied to bot/schema/). Everything else is in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithCatalogsAndSchema(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "bot"
        for po_path in (HERE / "bot" / "locale").glob("*/LC_MESSAGES/*.po"):
            from babel.messages.mofile import write_mo
            from babel.messages.pofile import read_po

            with po_path.open("rb") as po_file:
                catalog = read_po(po_file)
            mo_path = target / po_path.relative_to(HERE / "bot").with_suffix(".mo")
            mo_path.parent.mkdir(parents=True, exist_ok=True)
            with mo_path.open("wb") as mo_file:
                write_mo(mo_file, catalog)
        schema_target = target / "schema"
        schema_target.mkdir(parents=True, exist_ok=True)
        for schema_file in (HERE / "schema").glob("*.json"):
            shutil.copy2(schema_file, schema_target / schema_file.name)


setup(cmdclass={"build_py": BuildWithCatalogsAndSchema})
