using Inventory.Api;
using Inventory.Azure.Documents;
using Inventory.Channels.Common;
using Inventory.Azure.Messaging;
using Inventory.Azure.Stock;
using Inventory.Core.Sync;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

builder.ConfigureFunctionsWebApplication();

builder.Services.AddInventoryApi(builder.Configuration);
builder.Services.AddCosmosStockStore(builder.Configuration);
builder.Services.AddCosmosDocumentStore(builder.Configuration);
builder.Services.AddMarketplaceChannels(builder.Configuration);
builder.Services.AddServiceBusMovementPipeline(builder.Configuration);
builder.Services.AddSingleton<ISyncRequester, NoChannelSync>();

builder.Build().Run();
