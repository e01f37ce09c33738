using EmulationPortal.Application.Clusters;
using EmulationPortal.Application.Common;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EmulationPortal.Web.Features.Clusters;

/// <summary>A cluster's year: members and signatures, progress side by side, the scores, the ranking and the vote.</summary>
public sealed partial class ClusterPage
{
    private ClusterView? _view;
    private int? _year;
    private bool _loading = true;
    private string? _message;
    private Severity _severity;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private ClusterPageQuery Query { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    private int? Mine => _view?.Me.MyUnitId;

    private string MyPart => _view?.Me.MyRole is { } role ? L[$"Cluster.Role.{role}"] : L["Cluster.Follower"];

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _view = await Query.ExecuteAsync(await CurrentUser.GetAsync(), Id, _year);
        _loading = false;
    }

    private Task ShowYearAsync(int year)
    {
        _year = year;
        _message = null;
        return LoadAsync();
    }

    private async Task OnChangedAsync(Outcome outcome)
    {
        (_message, _severity) = outcome.Succeeded ? (L["Cluster.Saved"].Value, Severity.Success) : (Messages.For(outcome), Severity.Error);
        await LoadAsync();
        StateHasChanged();
    }
}
