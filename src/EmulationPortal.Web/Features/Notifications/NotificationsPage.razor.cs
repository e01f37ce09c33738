using EmulationPortal.Application.Notifications;
using EmulationPortal.Web.Access;
using EmulationPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace EmulationPortal.Web.Features.Notifications;

/// <summary>The user's notifications: read and unread, mark all read, and each one opens the page to act on.</summary>
public sealed partial class NotificationsPage
{
    private IReadOnlyList<NotificationsQuery.Row>? _rows;
    private bool _unreadOnly;
    private bool _busy;
    private string? _message;

    [Inject]
    private NotificationsQuery Notifications { get; set; } = default!;

    [Inject]
    private MarkNotificationsRead MarkRead { get; set; } = default!;

    [Inject]
    private CurrentUserAccessor CurrentUser { get; set; } = default!;

    [Inject]
    private UserMessages Messages { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _rows = await Notifications.ListAsync(await CurrentUser.GetAsync(), _unreadOnly);

    private Task ShowUnreadOnlyAsync(bool value)
    {
        _unreadOnly = value;
        return LoadAsync();
    }

    private string Describe(NotificationsQuery.Row row) =>
        string.Format(L[$"Notifications.Kind.{row.Kind}"].Value, row.Subject, row.Detail ?? string.Empty);

    private async Task MarkAllReadAsync()
    {
        _busy = true;
        var outcome = await MarkRead.ExecuteAsync(await CurrentUser.GetAsync(), new(null));
        _message = outcome.Succeeded ? null : Messages.For(outcome);
        _busy = false;
        await LoadAsync();
    }

    private async Task OpenAsync(NotificationsQuery.Row row)
    {
        if (!row.IsRead)
        {
            await MarkRead.ExecuteAsync(await CurrentUser.GetAsync(), new(row.Id));
        }

        Navigation.NavigateTo(row.Link);
    }
}
