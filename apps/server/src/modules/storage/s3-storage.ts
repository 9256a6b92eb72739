// Stored files in an S3-compatible bucket (AWS, MinIO, R2, Scaleway…). One S3 bucket holds every
// La Diva bucket as a key prefix (`posters/<key>`), so one set of credentials and one bucket
// policy suffice; access rules stay ours (storage_objects), never the bucket's.
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { StorageBucket } from '@ladiva/contract/storage';
import type { S3Config } from '../../config.ts';
import { assertBucketAndKey, type StorageDriver, type StoredBlob } from './storage-driver.ts';

const isNotFound = (error: unknown) => {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404;
};

export class S3Storage implements StorageDriver {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: S3Config) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle,
      ...(config.credentials
        ? {
            credentials: {
              accessKeyId: config.credentials.accessKeyId,
              secretAccessKey: config.credentials.secretAccessKey.reveal(),
            },
          }
        : {}),
      // The SDK's default (since 2025) adds CRC checksums that several S3-compatible servers
      // refuse; send and verify them only where the operation requires it.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  private keyOf(bucket: StorageBucket, key: string): string {
    assertBucketAndKey(bucket, key);
    return `${bucket}/${key}`;
  }

  async put(
    bucket: StorageBucket,
    key: string,
    body: Buffer,
    { contentType }: { contentType: string },
  ): Promise<{ etag: string; size: number }> {
    const result = await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.keyOf(bucket, key),
        Body: body,
        ContentType: contentType,
        ContentLength: body.length,
      }),
    );
    return { etag: result.ETag ?? '""', size: body.length };
  }

  async get(bucket: StorageBucket, key: string): Promise<StoredBlob | undefined> {
    try {
      const result = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(bucket, key) }),
      );
      const body = result.Body;
      if (!(body instanceof Readable)) throw new Error('S3 returned no readable body');
      return {
        body,
        contentType: result.ContentType ?? 'application/octet-stream',
        size: result.ContentLength ?? 0,
        etag: result.ETag ?? '""',
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async delete(bucket: StorageBucket, key: string): Promise<void> {
    // S3 answers 204 whether or not the object existed.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(bucket, key) }),
    );
  }

  async exists(bucket: StorageBucket, key: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: this.keyOf(bucket, key) }),
      );
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}
