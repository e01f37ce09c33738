using EmulationPortal.Application.Common;

namespace EmulationPortal.Application.Users.Import;

/// <summary>A row of the file and what is wrong with it (nothing, when it can be imported).</summary>
public sealed record StaffRowCheck(StaffRow Row, IReadOnlyList<FieldError> Errors, int? UnitId, string? Role)
{
    public bool IsValid => Errors.Count == 0;
}
