import 'reflect-metadata';
import { runMain } from '@shanzhi/kit';
import supervision from './service';

runMain(supervision);
