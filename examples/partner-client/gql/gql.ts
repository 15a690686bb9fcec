/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query FindCompany($corporateNumber: String, $key: String) {\n  partnerCompany(corporateNumber: $corporateNumber, key: $key) {\n    id\n    key\n    nameJa\n    corporateNumber\n  }\n}": typeof types.FindCompanyDocument,
    "query PartnerNeeds($first: Int, $idempotencyKey: String) {\n  partnerNeeds(first: $first, filter: {idempotencyKey: $idempotencyKey}) {\n    totalCount\n    edges {\n      node {\n        id\n        idempotencyKey\n        title\n        status\n        consultationStep\n        company {\n          nameJa\n        }\n        introductions {\n          targetKind\n          targetName\n          status\n        }\n      }\n    }\n  }\n}": typeof types.PartnerNeedsDocument,
    "query PublishedSeeds($first: Int!, $contains: String) {\n  seeds(first: $first, filter: {status: [PUBLISHED], contains: $contains}) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        trl\n        keywords\n        institution {\n          nameJa\n        }\n      }\n    }\n  }\n}": typeof types.PublishedSeedsDocument,
    "mutation RegisterCompany($input: RegisterPartnerCompanyInput!) {\n  registerPartnerCompany(input: $input) {\n    created\n    company {\n      id\n      key\n      nameJa\n      corporateNumber\n    }\n  }\n}": typeof types.RegisterCompanyDocument,
    "mutation SubmitNeed($input: SubmitNeedInput!) {\n  submitNeed(input: $input) {\n    id\n    key\n    title\n    status\n    category\n    createdAt\n  }\n}": typeof types.SubmitNeedDocument,
};
const documents: Documents = {
    "query FindCompany($corporateNumber: String, $key: String) {\n  partnerCompany(corporateNumber: $corporateNumber, key: $key) {\n    id\n    key\n    nameJa\n    corporateNumber\n  }\n}": types.FindCompanyDocument,
    "query PartnerNeeds($first: Int, $idempotencyKey: String) {\n  partnerNeeds(first: $first, filter: {idempotencyKey: $idempotencyKey}) {\n    totalCount\n    edges {\n      node {\n        id\n        idempotencyKey\n        title\n        status\n        consultationStep\n        company {\n          nameJa\n        }\n        introductions {\n          targetKind\n          targetName\n          status\n        }\n      }\n    }\n  }\n}": types.PartnerNeedsDocument,
    "query PublishedSeeds($first: Int!, $contains: String) {\n  seeds(first: $first, filter: {status: [PUBLISHED], contains: $contains}) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        trl\n        keywords\n        institution {\n          nameJa\n        }\n      }\n    }\n  }\n}": types.PublishedSeedsDocument,
    "mutation RegisterCompany($input: RegisterPartnerCompanyInput!) {\n  registerPartnerCompany(input: $input) {\n    created\n    company {\n      id\n      key\n      nameJa\n      corporateNumber\n    }\n  }\n}": types.RegisterCompanyDocument,
    "mutation SubmitNeed($input: SubmitNeedInput!) {\n  submitNeed(input: $input) {\n    id\n    key\n    title\n    status\n    category\n    createdAt\n  }\n}": types.SubmitNeedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FindCompany($corporateNumber: String, $key: String) {\n  partnerCompany(corporateNumber: $corporateNumber, key: $key) {\n    id\n    key\n    nameJa\n    corporateNumber\n  }\n}"): (typeof documents)["query FindCompany($corporateNumber: String, $key: String) {\n  partnerCompany(corporateNumber: $corporateNumber, key: $key) {\n    id\n    key\n    nameJa\n    corporateNumber\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerNeeds($first: Int, $idempotencyKey: String) {\n  partnerNeeds(first: $first, filter: {idempotencyKey: $idempotencyKey}) {\n    totalCount\n    edges {\n      node {\n        id\n        idempotencyKey\n        title\n        status\n        consultationStep\n        company {\n          nameJa\n        }\n        introductions {\n          targetKind\n          targetName\n          status\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PartnerNeeds($first: Int, $idempotencyKey: String) {\n  partnerNeeds(first: $first, filter: {idempotencyKey: $idempotencyKey}) {\n    totalCount\n    edges {\n      node {\n        id\n        idempotencyKey\n        title\n        status\n        consultationStep\n        company {\n          nameJa\n        }\n        introductions {\n          targetKind\n          targetName\n          status\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublishedSeeds($first: Int!, $contains: String) {\n  seeds(first: $first, filter: {status: [PUBLISHED], contains: $contains}) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        trl\n        keywords\n        institution {\n          nameJa\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PublishedSeeds($first: Int!, $contains: String) {\n  seeds(first: $first, filter: {status: [PUBLISHED], contains: $contains}) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        trl\n        keywords\n        institution {\n          nameJa\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterCompany($input: RegisterPartnerCompanyInput!) {\n  registerPartnerCompany(input: $input) {\n    created\n    company {\n      id\n      key\n      nameJa\n      corporateNumber\n    }\n  }\n}"): (typeof documents)["mutation RegisterCompany($input: RegisterPartnerCompanyInput!) {\n  registerPartnerCompany(input: $input) {\n    created\n    company {\n      id\n      key\n      nameJa\n      corporateNumber\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitNeed($input: SubmitNeedInput!) {\n  submitNeed(input: $input) {\n    id\n    key\n    title\n    status\n    category\n    createdAt\n  }\n}"): (typeof documents)["mutation SubmitNeed($input: SubmitNeedInput!) {\n  submitNeed(input: $input) {\n    id\n    key\n    title\n    status\n    category\n    createdAt\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;