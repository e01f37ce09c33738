using System.Globalization;
using EmulationPortal.Application.Audit;
using EmulationPortal.Web.Access;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Audit;

public partial class AuditLog
{
    private MudTable<AuditLogQuery.Row> _table = default!;
    private IReadOnlyList<string> _types = [];
    private string? _entityType;
    private string? _entityId;
    private string? _userEmail;
    private DateTime? _from;
    private DateTime? _to;
    private bool _verifying;
    private VerifyAuditChain.Result? _verification;
    private AuditNames _names = AuditNames.None;

    [Inject]
    private AuditLogQuery Query { get; set; } = default!;

    [Inject]
    private VerifyAuditChain Verifier { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _types = await Query.EntityTypesAsync();

    private async Task<TableData<AuditLogQuery.Row>> LoadAsync(TableState state, CancellationToken ct)
    {
        // The filter's days are the factory's days; the trail is stored in UTC.
        var filter = new AuditLogQuery.Filter(_entityType, _entityId, _userEmail, ToUtc(_from), ToUtc(_to?.AddDays(1)), state.Page * state.PageSize, state.PageSize);
        var outcome = await Query.RunAsync(await CurrentUser.GetAsync(), filter, ct);
        _names = outcome.Value?.Names ?? AuditNames.None;
        return outcome.Value is { } page
            ? new TableData<AuditLogQuery.Row> { Items = page.Rows, TotalItems = page.Total }
            : new TableData<AuditLogQuery.Row> { Items = [], TotalItems = 0 };
    }

    private IReadOnlyList<AuditFieldChange> Changes(AuditLogQuery.Row row) =>
        AuditChangeFormatter.Format(row.EntityType, row.Changes, _names, new AuditWords(L["Audit.Yes"], L["Audit.No"], L["Audit.Secret"]), CultureInfo.CurrentCulture);

    /// <summary>The record type in words (a generic Identity type without its arity); the stored name when the portal has no words for it.</summary>
    private string TypeLabel(string type) => Words("Audit.Type", type.Split('`')[0]);

    private string FieldLabel(string field) => Words("Audit.Field", field);

    private string Words(string prefix, string name) => L[$"{prefix}.{name}"] is { ResourceNotFound: false } found ? found.Value : name;

    private Task SearchAsync() => _table.ReloadServerData();

    private async Task VerifyAsync()
    {
        _verifying = true;
        _verification = (await Verifier.RunAsync(await CurrentUser.GetAsync())).Value;
        _verifying = false;
    }

    private static DateTime? ToUtc(DateTime? localDay) =>
        localDay is { } day ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.Date, DateTimeKind.Unspecified), Application.Common.FactoryTime.Zone) : null;
}
