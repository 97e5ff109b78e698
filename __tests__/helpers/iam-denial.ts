/**
 * AWS's access-denied answers as the SDK raises them, for unit tests that stub the SDK (issue 14).
 * The text is the IAM User Guide's shape ("Troubleshoot access denied error messages"); ECS and
 * ECR Public answer AccessDeniedException with HTTP 400, ELBv2 AccessDenied with HTTP 403.
 */
export const DEPLOY_ROLE = 'arn:aws:sts::123456789012:assumed-role/infra-actions-deploy/github-actions';

/** `User: … is not authorized to perform: <action> on resource: <resource> because no identity-based policy allows …` */
export function deniedText(action: string, resource: string, principal = DEPLOY_ROLE): string {
  return `User: ${principal} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;
}

/** The error the SDK raises for a denial: ECS / ECR Public by default, ELBv2 with `elb`. */
export function accessDenied(action: string, resource = '*', service: 'ecs' | 'elb' = 'ecs'): Error {
  return Object.assign(new Error(deniedText(action, resource)), {
    name: service === 'elb' ? 'AccessDenied' : 'AccessDeniedException',
    $fault: 'client',
    $metadata: { httpStatusCode: service === 'elb' ? 403 : 400 },
  });
}

/** The fix the actions print for an implicit denial of `action` on the (generalised) `resource`. */
export function missingPermission(action: string, resource = '*'): string {
  return `Missing IAM permission: add ${action} on ${resource} to the role's policy (see docs/iam.md)`;
}
