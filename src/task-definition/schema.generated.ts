// Generated from @aws-sdk/client-ecs 3.1164.0 by __tests__/unit/task-definition/schema-drift.test.ts.
// Do not edit: run UPDATE_TASK_DEFINITION_SCHEMA=1 npm test -- schema-drift to regenerate after an SDK upgrade.

export type FieldType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'timestamp'
  | 'any'
  | { enum: string[] }
  | { list: FieldType }
  | { map: FieldType }
  | { shape: string };

export interface ShapeSchema {
  fields: Record<string, FieldType>;
  required: string[];
}

export interface TaskDefinitionSchema {
  sdkVersion: string;
  root: string;
  shapes: Record<string, ShapeSchema>;
}

export const TASK_DEFINITION_SCHEMA: TaskDefinitionSchema = {
  sdkVersion: '3.1164.0',
  root: 'RegisterTaskDefinitionRequest',
  shapes: {
    ContainerDefinition: {
      fields: {
        name: 'string',
        image: 'string',
        repositoryCredentials: {
          shape: 'RepositoryCredentials',
        },
        cpu: 'number',
        memory: 'number',
        memoryReservation: 'number',
        links: {
          list: 'string',
        },
        portMappings: {
          list: {
            shape: 'PortMapping',
          },
        },
        essential: 'boolean',
        restartPolicy: {
          shape: 'ContainerRestartPolicy',
        },
        entryPoint: {
          list: 'string',
        },
        command: {
          list: 'string',
        },
        environment: {
          list: {
            shape: 'KeyValuePair',
          },
        },
        environmentFiles: {
          list: {
            shape: 'EnvironmentFile',
          },
        },
        mountPoints: {
          list: {
            shape: 'MountPoint',
          },
        },
        volumesFrom: {
          list: {
            shape: 'VolumeFrom',
          },
        },
        linuxParameters: {
          shape: 'LinuxParameters',
        },
        secrets: {
          list: {
            shape: 'Secret',
          },
        },
        dependsOn: {
          list: {
            shape: 'ContainerDependency',
          },
        },
        startTimeout: 'number',
        stopTimeout: 'number',
        versionConsistency: {
          enum: ['disabled', 'enabled'],
        },
        hostname: 'string',
        user: 'string',
        workingDirectory: 'string',
        disableNetworking: 'boolean',
        privileged: 'boolean',
        readonlyRootFilesystem: 'boolean',
        dnsServers: {
          list: 'string',
        },
        dnsSearchDomains: {
          list: 'string',
        },
        extraHosts: {
          list: {
            shape: 'HostEntry',
          },
        },
        dockerSecurityOptions: {
          list: 'string',
        },
        interactive: 'boolean',
        pseudoTerminal: 'boolean',
        dockerLabels: {
          map: 'string',
        },
        ulimits: {
          list: {
            shape: 'Ulimit',
          },
        },
        logConfiguration: {
          shape: 'LogConfiguration',
        },
        healthCheck: {
          shape: 'HealthCheck',
        },
        systemControls: {
          list: {
            shape: 'SystemControl',
          },
        },
        resourceRequirements: {
          list: {
            shape: 'ResourceRequirement',
          },
        },
        firelensConfiguration: {
          shape: 'FirelensConfiguration',
        },
        credentialSpecs: {
          list: 'string',
        },
      },
      required: [],
    },
    ContainerDependency: {
      fields: {
        containerName: 'string',
        condition: {
          enum: ['COMPLETE', 'HEALTHY', 'START', 'SUCCESS'],
        },
      },
      required: ['containerName', 'condition'],
    },
    ContainerRestartPolicy: {
      fields: {
        enabled: 'boolean',
        ignoredExitCodes: {
          list: 'number',
        },
        restartAttemptPeriod: 'number',
      },
      required: ['enabled'],
    },
    Device: {
      fields: {
        hostPath: 'string',
        containerPath: 'string',
        permissions: {
          list: 'string',
        },
      },
      required: ['hostPath'],
    },
    DockerVolumeConfiguration: {
      fields: {
        scope: 'string',
        autoprovision: 'boolean',
        driver: 'string',
        driverOpts: {
          map: 'string',
        },
        labels: {
          map: 'string',
        },
      },
      required: [],
    },
    EFSAuthorizationConfig: {
      fields: {
        accessPointId: 'string',
        iam: 'string',
      },
      required: [],
    },
    EFSVolumeConfiguration: {
      fields: {
        fileSystemId: 'string',
        rootDirectory: 'string',
        transitEncryption: 'string',
        transitEncryptionPort: 'number',
        authorizationConfig: {
          shape: 'EFSAuthorizationConfig',
        },
      },
      required: ['fileSystemId'],
    },
    EnvironmentFile: {
      fields: {
        value: 'string',
        type: {
          enum: ['s3'],
        },
      },
      required: ['value', 'type'],
    },
    EphemeralStorage: {
      fields: {
        sizeInGiB: 'number',
      },
      required: ['sizeInGiB'],
    },
    FSxWindowsFileServerAuthorizationConfig: {
      fields: {
        credentialsParameter: 'string',
        domain: 'string',
      },
      required: ['credentialsParameter', 'domain'],
    },
    FSxWindowsFileServerVolumeConfiguration: {
      fields: {
        fileSystemId: 'string',
        rootDirectory: 'string',
        authorizationConfig: {
          shape: 'FSxWindowsFileServerAuthorizationConfig',
        },
      },
      required: ['fileSystemId', 'rootDirectory', 'authorizationConfig'],
    },
    FirelensConfiguration: {
      fields: {
        type: {
          enum: ['fluentbit', 'fluentd'],
        },
        options: {
          map: 'string',
        },
      },
      required: ['type'],
    },
    HealthCheck: {
      fields: {
        command: {
          list: 'string',
        },
        interval: 'number',
        timeout: 'number',
        retries: 'number',
        startPeriod: 'number',
      },
      required: ['command'],
    },
    HostEntry: {
      fields: {
        hostname: 'string',
        ipAddress: 'string',
      },
      required: ['hostname', 'ipAddress'],
    },
    HostVolumeProperties: {
      fields: {
        sourcePath: 'string',
      },
      required: [],
    },
    InferenceAccelerator: {
      fields: {
        deviceName: 'string',
        deviceType: 'string',
      },
      required: ['deviceName', 'deviceType'],
    },
    KernelCapabilities: {
      fields: {
        add: {
          list: 'string',
        },
        drop: {
          list: 'string',
        },
      },
      required: [],
    },
    KeyValuePair: {
      fields: {
        name: 'string',
        value: 'string',
      },
      required: [],
    },
    LinuxParameters: {
      fields: {
        capabilities: {
          shape: 'KernelCapabilities',
        },
        devices: {
          list: {
            shape: 'Device',
          },
        },
        initProcessEnabled: 'boolean',
        sharedMemorySize: 'number',
        tmpfs: {
          list: {
            shape: 'Tmpfs',
          },
        },
        maxSwap: 'number',
        swappiness: 'number',
      },
      required: [],
    },
    LogConfiguration: {
      fields: {
        logDriver: 'string',
        options: {
          map: 'string',
        },
        secretOptions: {
          list: {
            shape: 'Secret',
          },
        },
      },
      required: ['logDriver'],
    },
    MountPoint: {
      fields: {
        sourceVolume: 'string',
        containerPath: 'string',
        readOnly: 'boolean',
      },
      required: [],
    },
    NvidiaMpsAllocation: {
      fields: {
        memory: 'number',
        maxComputePercent: 'number',
      },
      required: ['memory'],
    },
    PortMapping: {
      fields: {
        containerPort: 'number',
        hostPort: 'number',
        protocol: {
          enum: ['tcp', 'udp'],
        },
        name: 'string',
        appProtocol: {
          enum: ['grpc', 'http', 'http2'],
        },
        containerPortRange: 'string',
      },
      required: [],
    },
    ProxyConfiguration: {
      fields: {
        containerName: 'string',
        type: {
          enum: ['APPMESH'],
        },
        properties: {
          list: {
            shape: 'KeyValuePair',
          },
        },
      },
      required: ['containerName'],
    },
    RegisterTaskDefinitionRequest: {
      fields: {
        family: 'string',
        containerDefinitions: {
          list: {
            shape: 'ContainerDefinition',
          },
        },
        taskRoleArn: 'string',
        executionRoleArn: 'string',
        networkMode: {
          enum: ['awsvpc', 'bridge', 'host', 'none'],
        },
        volumes: {
          list: {
            shape: 'Volume',
          },
        },
        placementConstraints: {
          list: {
            shape: 'TaskDefinitionPlacementConstraint',
          },
        },
        requiresCompatibilities: {
          list: {
            enum: ['EC2', 'EXTERNAL', 'FARGATE', 'MANAGED_INSTANCES'],
          },
        },
        cpu: 'string',
        memory: 'string',
        tags: {
          list: {
            shape: 'Tag',
          },
        },
        pidMode: {
          enum: ['host', 'task'],
        },
        ipcMode: {
          enum: ['host', 'none', 'task'],
        },
        proxyConfiguration: {
          shape: 'ProxyConfiguration',
        },
        inferenceAccelerators: {
          list: {
            shape: 'InferenceAccelerator',
          },
        },
        ephemeralStorage: {
          shape: 'EphemeralStorage',
        },
        runtimePlatform: {
          shape: 'RuntimePlatform',
        },
        enableFaultInjection: 'boolean',
      },
      required: ['family', 'containerDefinitions'],
    },
    RepositoryCredentials: {
      fields: {
        credentialsParameter: 'string',
      },
      required: ['credentialsParameter'],
    },
    ResourceRequirement: {
      fields: {
        type: {
          enum: ['GPU', 'InferenceAccelerator', 'NeuronDevice'],
        },
        value: 'string',
        sharingStrategy: {
          shape: 'SharingStrategy',
        },
      },
      required: ['type'],
    },
    RuntimePlatform: {
      fields: {
        cpuArchitecture: {
          enum: ['ARM64', 'X86_64'],
        },
        operatingSystemFamily: {
          enum: [
            'LINUX',
            'WINDOWS_SERVER_2004_CORE',
            'WINDOWS_SERVER_2016_FULL',
            'WINDOWS_SERVER_2019_CORE',
            'WINDOWS_SERVER_2019_FULL',
            'WINDOWS_SERVER_2022_CORE',
            'WINDOWS_SERVER_2022_FULL',
            'WINDOWS_SERVER_2025_CORE',
            'WINDOWS_SERVER_2025_FULL',
            'WINDOWS_SERVER_20H2_CORE',
          ],
        },
      },
      required: [],
    },
    S3FilesVolumeConfiguration: {
      fields: {
        fileSystemArn: 'string',
        rootDirectory: 'string',
        transitEncryptionPort: 'number',
        accessPointArn: 'string',
      },
      required: ['fileSystemArn'],
    },
    Secret: {
      fields: {
        name: 'string',
        valueFrom: 'string',
      },
      required: ['name', 'valueFrom'],
    },
    SharingStrategy: {
      fields: {
        nvidiaMps: {
          shape: 'NvidiaMpsAllocation',
        },
      },
      required: [],
    },
    SystemControl: {
      fields: {
        namespace: 'string',
        value: 'string',
      },
      required: [],
    },
    Tag: {
      fields: {
        key: 'string',
        value: 'string',
      },
      required: [],
    },
    TaskDefinitionPlacementConstraint: {
      fields: {
        type: {
          enum: ['memberOf'],
        },
        expression: 'string',
      },
      required: [],
    },
    Tmpfs: {
      fields: {
        containerPath: 'string',
        size: 'number',
        mountOptions: {
          list: 'string',
        },
      },
      required: ['containerPath', 'size'],
    },
    Ulimit: {
      fields: {
        name: {
          enum: [
            'core',
            'cpu',
            'data',
            'fsize',
            'locks',
            'memlock',
            'msgqueue',
            'nice',
            'nofile',
            'nproc',
            'rss',
            'rtprio',
            'rttime',
            'sigpending',
            'stack',
          ],
        },
        softLimit: 'number',
        hardLimit: 'number',
      },
      required: ['name', 'softLimit', 'hardLimit'],
    },
    Volume: {
      fields: {
        name: 'string',
        host: {
          shape: 'HostVolumeProperties',
        },
        dockerVolumeConfiguration: {
          shape: 'DockerVolumeConfiguration',
        },
        efsVolumeConfiguration: {
          shape: 'EFSVolumeConfiguration',
        },
        s3filesVolumeConfiguration: {
          shape: 'S3FilesVolumeConfiguration',
        },
        fsxWindowsFileServerVolumeConfiguration: {
          shape: 'FSxWindowsFileServerVolumeConfiguration',
        },
        configuredAtLaunch: 'boolean',
      },
      required: [],
    },
    VolumeFrom: {
      fields: {
        sourceContainer: 'string',
        readOnly: 'boolean',
      },
      required: [],
    },
  },
};
