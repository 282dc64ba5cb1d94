// The GraphQL layer's own namespaces, used by nearly every file of it.
global using GraphQL;
global using GraphQL.Types;
global using Samspill.Gateway.GraphQL.Types;
global using Samspill.Gateway.GraphQL.Views;
global using Samspill.Grains.Common;
