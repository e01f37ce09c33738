using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EmulationPortal.Application.Data;

/// <summary>States a DateTime as UTC without moving it: PostgreSQL's <c>timestamp with time zone</c> refuses any other kind.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
