#!/usr/bin/env bash
# Until the first production release, each provider has a single "Initial" migration regenerated from the model
# (see docs/adr/0004-migrations-before-first-release.md). After that release, use `dotnet ef migrations add <Name>` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf src/EmulationPortal.Migrations.Sqlite/Migrations src/EmulationPortal.Migrations.SqlServer/Migrations src/EmulationPortal.Migrations.Postgres/Migrations
dotnet build src/EmulationPortal.Web --nologo -v quiet
dotnet ef migrations add Initial --no-build --project src/EmulationPortal.Migrations.Sqlite \
  --startup-project src/EmulationPortal.Web --output-dir Migrations -- --Database:Provider Sqlite
dotnet ef migrations add Initial --no-build --project src/EmulationPortal.Migrations.SqlServer \
  --startup-project src/EmulationPortal.Web --output-dir Migrations -- --Database:Provider SqlServer \
  --ConnectionStrings:SqlServer "Server=localhost;Database=EmulationPortal;Trusted_Connection=True;TrustServerCertificate=True"
# No server is contacted: the connection string only names the provider's dialect.
dotnet ef migrations add Initial --no-build --project src/EmulationPortal.Migrations.Postgres \
  --startup-project src/EmulationPortal.Web --output-dir Migrations -- --Database:Provider Postgres \
  --ConnectionStrings:Postgres "Host=localhost;Database=emulation_portal"
dotnet build src/EmulationPortal.Web --nologo -v quiet
